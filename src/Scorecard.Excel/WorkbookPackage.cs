using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Scorecard.Core.Diagnostics;

namespace Scorecard.Excel;

/// <summary>
/// Checks a workbook's zip package before ClosedXML loads it all into memory: it must unpack to
/// no more than <see cref="LoadLimits.UnpackedBytes"/> (a zip bomb of a few kilobytes can claim
/// gigabytes), hold no more than <see cref="LoadLimits.Parts"/> parts, nest its XML no deeper
/// than <see cref="LoadLimits.XmlDepth"/>, hold no more than <see cref="LoadLimits.XmlElements"/>
/// XML elements (ClosedXML's memory grows with them), and not be Strict Open XML, which ClosedXML cannot read.
/// Sizes are counted while unpacking, not taken from the zip's directory, which may lie.
/// A package that is not a readable zip passes, for ClosedXML to report.
/// </summary>
internal static class WorkbookPackage
{
    private const string StrictNamespace = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    public static bool Check(byte[] bytes, string file, ProblemList problems)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > LoadLimits.Parts)
            {
                problems.Add(LoadMessages.Oversized(problems.Area, SourceLocation.InFile(file),
                    string.Create(CultureInfo.InvariantCulture, $"the workbook is made of {zip.Entries.Count:N0} parts, more than {LoadLimits.Parts:N0}"),
                    "open it in Excel and save it again as an Excel Workbook (.xlsx), or copy the data into a new workbook"));
                return false;
            }

            var budget = new Budget(LoadLimits.UnpackedBytes);
            foreach (var entry in zip.Entries)
            {
                using var stream = new CountingStream(entry.Open(), budget) { Part = entry.FullName };
                if (IsXml(entry.FullName))
                {
                    var problem = CheckXml(stream, entry.FullName);
                    if (problem is not null)
                    {
                        problems.Add(problem(problems.Area, file));
                        return false;
                    }
                }

                stream.CopyTo(Stream.Null);
            }
        }
        catch (TooLargeException ex)
        {
            problems.Add(LoadMessages.Oversized(problems.Area, SourceLocation.InFile(file),
                string.Create(CultureInfo.InvariantCulture, $"the workbook unpacks to more than {LoadLimits.UnpackedBytes / (1024 * 1024)} MB (reached in its part {ex.Part})"),
                "a workbook this large is damaged or is not the right file; open it in Excel and save it again, or copy the data into a new workbook"));
            return false;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            // Not a readable zip, or a compression method it does not know: ClosedXML says so.
        }

        return true;
    }

    private static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static Func<DataArea, string, Diagnostic>? CheckXml(CountingStream stream, string part)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, CloseInput = false };
        try
        {
            using var reader = XmlReader.Create(stream, settings);
            var first = true;
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (first && reader.NamespaceURI == StrictNamespace)
                {
                    return (area, file) => LoadMessages.NotWorkbook(area, file,
                        "a Strict Open XML Spreadsheet, which cannot be read. Open it in Excel and save it as an Excel Workbook (.xlsx), not as Strict Open XML");
                }

                first = false;
                stream.Budget.Elements++;
                if (stream.Budget.Elements > LoadLimits.XmlElements)
                {
                    return (area, file) => LoadMessages.Oversized(area, SourceLocation.InFile(file),
                        string.Create(CultureInfo.InvariantCulture, $"the workbook holds more than {LoadLimits.XmlElements:N0} XML elements (about {LoadLimits.XmlElements / 2:N0} cells; reached in its part {part})"),
                        "check that it is the right file; clear unused cells, or split the data into smaller workbooks");
                }

                if (reader.Depth > LoadLimits.XmlDepth)
                {
                    return (area, file) => LoadMessages.Oversized(area, SourceLocation.InFile(file),
                        string.Create(CultureInfo.InvariantCulture, $"the workbook's part {part} nests its XML more than {LoadLimits.XmlDepth} levels deep"),
                        "no spreadsheet program writes this; the file is damaged or was made to break readers. Copy the data into a new workbook");
                }
            }
        }
        catch (XmlException)
        {
            // Malformed XML (or a DTD): ClosedXML reports the parts it needs, and ignores the rest.
        }

        return null;
    }

    private sealed class Budget(long bytes)
    {
        public long Left { get; set; } = bytes;

        public int Elements { get; set; }
    }

    private sealed class TooLargeException(string part) : Exception("the package unpacks to more than the limit")
    {
        public string Part { get; } = part;
    }

    /// <summary>Passes bytes through, counting them against the budget of the whole package.</summary>
    private sealed class CountingStream(Stream inner, Budget budget) : Stream
    {
        public Budget Budget { get; } = budget;

        public string Part { get; set; } = string.Empty;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            Budget.Left -= read;
            if (Budget.Left < 0)
            {
                throw new TooLargeException(Part);
            }

            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
