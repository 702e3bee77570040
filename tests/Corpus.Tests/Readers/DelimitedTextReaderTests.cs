using System.Text;
using Corpus.Readers;

namespace Corpus.Tests.Readers;

public class DelimitedTextReaderTests
{
    private const string Csv = "2022년 시·도별 예산 (단위:백만원)\n\n시·도,국비,지방비\n부산,\"7,020\",\"3,960\"\n대구,\"6,480\",\"3,660\"\n";

    public static TheoryData<string> Encodings => ["utf-8", "utf-8-bom", "cp949"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Korean_csv_reads_in_every_encoding_korean_excel_writes(string encoding)
    {
        var path = Path.Combine(Path.GetTempPath(), $"budget-{encoding}-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, Bytes(Csv, encoding));
        var document = RoundTrip.Read(path);
        Assert.Equal(["2022년 시·도별 예산 (단위:백만원)", "", "시·도\t국비\t지방비", "부산\t7,020\t3,960", "대구\t6,480\t3,660"], document.Lines);
        Assert.Equal(["1행", "1행", "3행", "4행", "5행"], document.Locations);
    }

    [Fact]
    public void A_tsv_file_splits_on_tabs()
    {
        var path = Path.Combine(Path.GetTempPath(), $"t-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "구분\t금액\n합계\t1,534\n");
        Assert.Equal(["구분\t금액", "합계\t1,534"], RoundTrip.Read(path).Lines);
    }

    [Fact]
    public void A_binary_file_renamed_csv_is_skipped_with_a_reason()
    {
        var path = Path.Combine(Path.GetTempPath(), $"image-{Guid.NewGuid():N}.csv");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
        var result = DocumentReaders.Read(path);
        Assert.Null(result.Document);
        Assert.Equal(SkipReasons.NotText, result.Skipped!.Reason);
    }

    private static byte[] Bytes(string text, string encoding)
    {
        if (encoding == "cp949")
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(949).GetBytes(text);
        }
        var bytes = Encoding.UTF8.GetBytes(text);
        return encoding == "utf-8-bom" ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes;
    }
}
