using System.Text;

namespace Corpus.Readers;

/// <summary>
/// Decodes the text files Korean offices produce: UTF-8 with or without a byte-order mark, UTF-16 with one, and
/// CP949 (EUC-KR's superset, which Korean Excel still writes for CSV). Returns null for bytes that are not text.
/// </summary>
public static class TextDecoding
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> Cp949 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(949, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    public static string? Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]))
        {
            return Strict(StrictUtf8, bytes, 3);
        }
        if (bytes.AsSpan().StartsWith((byte[])[0xFF, 0xFE]))
        {
            return Strict(new UnicodeEncoding(false, false, true), bytes, 2);
        }
        if (bytes.AsSpan().StartsWith((byte[])[0xFE, 0xFF]))
        {
            return Strict(new UnicodeEncoding(true, false, true), bytes, 2);
        }
        if (LooksBinary(bytes))
        {
            return null;
        }
        return Strict(StrictUtf8, bytes, 0) ?? Strict(Cp949.Value, bytes, 0);
    }

    /// <summary>NUL bytes or many control bytes: an image, archive or program renamed, not text in any of these encodings.</summary>
    private static bool LooksBinary(byte[] bytes)
    {
        var sample = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        if (sample.Contains((byte)0))
        {
            return true;
        }
        var controls = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C)
            {
                controls++;
            }
        }
        return controls > sample.Length / 100 + 1;
    }

    private static string? Strict(Encoding encoding, byte[] bytes, int offset)
    {
        try
        {
            return encoding.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }
}
