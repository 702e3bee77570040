namespace Corpus.Tests.Readers.Builders;

/// <summary>
/// The suite's programme documents (TestDocuments/suite/*.txt) written once per test run in every format: DOCX and
/// XLSX with the Open XML SDK, HWPX as its XML package, PDF by LibreOffice headless from the DOCX.
/// </summary>
public static class SuiteDocuments
{
    public static readonly string[] Formats = ["docx", "xlsx", "hwpx", "pdf"];

    private static readonly Lazy<string> Built = new(Build);

    public static string SuiteFolder => Path.Combine(AppContext.BaseDirectory, "TestDocuments", "suite");

    public static IReadOnlyList<string> TextFiles => Directory.GetFiles(SuiteFolder, "*.txt").Order(StringComparer.Ordinal).ToList();

    /// <summary>The folder holding every suite document in one format.</summary>
    public static string Folder(string format) => Path.Combine(Built.Value, format);

    public static string File(string format, string textFile) => Path.Combine(Folder(format), Path.ChangeExtension(Path.GetFileName(textFile), format));

    private static string Build()
    {
        var root = Path.Combine(Path.GetTempPath(), $"suite-formats-{Environment.ProcessId}");
        foreach (var format in Formats)
        {
            Directory.CreateDirectory(Path.Combine(root, format));
        }
        foreach (var text in TextFiles)
        {
            var blocks = CanonicalText.Read(text);
            var name = Path.GetFileNameWithoutExtension(text);
            DocxWriter.Write(Path.Combine(root, "docx", name + ".docx"), blocks);
            XlsxWriter.Write(Path.Combine(root, "xlsx", name + ".xlsx"), blocks);
            HwpxWriter.Write(Path.Combine(root, "hwpx", name + ".hwpx"), blocks);
        }
        PdfConverter.Convert(Directory.GetFiles(Path.Combine(root, "docx"), "*.docx"), Path.Combine(root, "pdf"));
        return root;
    }
}

/// <summary>DOCX → PDF with Debian's LibreOffice, headless (installed by the test when missing).</summary>
public static class PdfConverter
{
    public static void Convert(IEnumerable<string> files, string outputFolder)
    {
        SystemPackages.EnsurePdfTools();
        var profile = Path.Combine(Path.GetTempPath(), $"lo-profile-{Environment.ProcessId}");
        var quoted = string.Join(" ", files.Select(f => $"\"{f}\""));
        SystemPackages.Run("soffice", $"-env:UserInstallation=file://{profile} --headless --convert-to pdf --outdir \"{outputFolder}\" {quoted}");
    }
}
