using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Scorecard.Rendering.Workbook;

/// <summary>
/// The rows and columns each sheet repeats on every printed page, as Excel writes them. ClosedXML
/// 0.95 writes them as relative references (<c>Evidence!1:1</c>), which LibreOffice ignores, so
/// a sheet's header would print on its first page only; this makes them absolute
/// (<c>Evidence!$1:$1</c>) in the saved package.
/// </summary>
internal static partial class PrintTitles
{
    private const string WorkbookPart = "xl/workbook.xml";

    /// <summary>Rewrites the print titles of the workbook package in <paramref name="package"/>, which stays open.</summary>
    public static void MakeAbsolute(MemoryStream package)
    {
        ArgumentNullException.ThrowIfNull(package);
        package.Position = 0;
        using (var zip = new ZipArchive(package, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(WorkbookPart) ?? throw new InvalidOperationException($"The saved workbook has no {WorkbookPart}.");
            XDocument document;
            using (var read = entry.Open())
            {
                document = XDocument.Load(read, LoadOptions.PreserveWhitespace);
            }

            var titles = document.Descendants()
                .Where(e => e.Name.LocalName == "definedName" && (string?)e.Attribute("name") == "_xlnm.Print_Titles")
                .ToList();
            if (titles.Count == 0)
            {
                return;
            }

            foreach (var name in titles)
            {
                name.Value = Absolute(name.Value);
            }

            var written = entry.LastWriteTime;
            entry.Delete();
            var replacement = zip.CreateEntry(WorkbookPart, CompressionLevel.Optimal);
            replacement.LastWriteTime = written;
            using var write = replacement.Open();
            document.Save(write, SaveOptions.DisableFormatting);
        }

        package.Position = 0;
    }

    /// <summary>"Evidence!1:1" → "Evidence!$1:$1"; "Data!A:A,Data!1:1" → "Data!$A:$A,Data!$1:$1". Absolute parts stay as they are.</summary>
    internal static string Absolute(string reference) =>
        Part().Replace(reference, m => $"!${m.Groups["from"].Value}:${m.Groups["to"].Value}");

    [GeneratedRegex(@"!\$?(?<from>[A-Z]+|[0-9]+):\$?(?<to>[A-Z]+|[0-9]+)(?=,|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Part();
}
