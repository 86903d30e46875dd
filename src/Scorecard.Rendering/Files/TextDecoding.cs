using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Scorecard.Rendering.Files;

/// <summary>
/// Text decoded from a file: UTF-8 (with or without a byte-order mark) or UTF-16 with one. Bytes
/// that are not UTF-8 are read as Windows-1252, the encoding Word and Notepad use on British
/// Windows ("£", "é", curly quotes), and <see cref="Windows1252Line"/> says where the first was.
/// </summary>
/// <param name="Text">The text with line endings made "\n", or null with <see cref="Problem"/>.</param>
/// <param name="Windows1252Line">The line of the first byte that is not UTF-8, when the text was read as Windows-1252.</param>
public sealed record DecodedText(string? Text, string? Problem, int? Windows1252Line = null);

public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static DecodedText Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var unicode = span[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return Checked(unicode.GetString(span[2..]));
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            span = span[3..];
        }

        if (span.IndexOf((byte)0) >= 0)
        {
            return new DecodedText(null,
                "holds NUL bytes, so it is not text (or it was saved as UTF-16 without a byte-order mark): save it as UTF-8 text.");
        }

        var chars = new char[span.Length];
        var status = Utf8.ToUtf16(span, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            return Checked(new string(chars, 0, written));
        }

        var line = 1 + span[..read].Count((byte)'\n');
        return Checked(Encoding.GetEncoding(1252).GetString(span)) with { Windows1252Line = line };
    }

    /// <summary>True when <paramref name="bytes"/> are UTF-8 (the strict check, for tests and callers that refuse anything else).</summary>
    public static bool IsUtf8(byte[] bytes)
    {
        try
        {
            StrictUtf8.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static DecodedText Checked(string text) =>
        text.Contains('\0', StringComparison.Ordinal)
            ? new DecodedText(null, "holds NUL characters, so it is not text: save it as UTF-8 text.")
            : new DecodedText(text.ReplaceLineEndings("\n"), null);
}
