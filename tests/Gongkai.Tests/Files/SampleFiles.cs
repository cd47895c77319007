using System.Text;

namespace Gongkai.Tests.Files;

/// <summary>The first bytes of real files of each type, padded to a plausible size.</summary>
internal static class SampleFiles
{
    public static readonly byte[] Pdf = Pad("%PDF-1.7\n%\u00e2\u00e3\n"u8);
    public static readonly byte[] Zip = Pad([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    public static readonly byte[] OleCompound = Pad([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00]);
    public static readonly byte[] Jpeg = Pad([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46]);
    public static readonly byte[] Png = Pad([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
    public static readonly byte[] Csv = Encoding.UTF8.GetBytes("姓名,村组,金额\n张三,一组,300\n");
    public static readonly byte[] CsvWithBom = [0xEF, 0xBB, 0xBF, .. Csv];
    public static readonly byte[] Text = Encoding.UTF8.GetBytes("关于公开最低生活保障名单的说明。\r\nPlain ASCII too.");
    public static readonly byte[] Gbk = [0xD6, 0xD0, 0xCE, 0xC4, 0xC3, 0xFB, 0xB5, 0xA5]; // 中文名单 in GBK
    public static readonly byte[] Utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("名单 list")).ToArray();

    public static byte[] Named(string name) => name switch
    {
        "pdf" => Pdf,
        "zip" => Zip,
        "ole" => OleCompound,
        "jpeg" => Jpeg,
        "png" => Png,
        "csv" => Csv,
        "csv-bom" => CsvWithBom,
        "text" => Text,
        "gbk" => Gbk,
        "utf16" => Utf16,
        "html" => Encoding.UTF8.GetBytes("<html><body>not a pdf</body></html>"),
        "exe" => Pad("MZ\x90\0"u8),
        "nul-text" => Encoding.UTF8.GetBytes("姓名,金额\0\n张三,300\n"),
        "invalid-utf8" => [.. Encoding.UTF8.GetBytes("名单"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("后面还有内容")],
        "lone-continuation" => [.. "abc"u8, 0x80, .. "defghijk"u8],
        "truncated-pdf" => "%PD"u8.ToArray(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    private static byte[] Pad(ReadOnlySpan<byte> head)
    {
        var bytes = new byte[Math.Max(head.Length, 512)];
        head.CopyTo(bytes);
        for (var i = head.Length; i < bytes.Length; i++)
        {
            bytes[i] = (byte)(i * 31);
        }
        return bytes;
    }
}
