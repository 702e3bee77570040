namespace Corpus.Readers;

/// <summary>A corpus file that was not loaded, and why, in words a staff member can act on.</summary>
public sealed record SkippedDocument(string Name, string Path, string Reason);

/// <summary>The reasons a file is skipped; each says what to do.</summary>
public static class SkipReasons
{
    public const string Hwp = "HWP 5.0 파일은 읽을 수 없어요. 한글에서 HWPX나 PDF로 저장해 주세요.";
    public const string LegacyWord = "Word 97–2003(.doc) 파일은 읽을 수 없어요. DOCX나 PDF로 저장해 주세요.";
    public const string LegacyExcel = "Excel 97–2003(.xls) 파일은 읽을 수 없어요. XLSX나 CSV로 저장해 주세요.";
    public const string DuplicateName = "같은 이름의 파일이 이미 있어요. 하위 폴더의 파일도 이름이 달라야 하니 이름을 바꿔 주세요.";
    public const string Empty = "내용이 없는 파일이에요. 글자가 든 문서로 바꿔 주세요.";
    public const string NoPdfText = "PDF에서 글자를 찾지 못했어요(스캔한 이미지일 수 있어요). 글자가 든 PDF나 HWPX로 저장해 주세요.";
    public const string Encrypted = "암호가 걸린 파일이에요. 암호를 풀고 다시 저장해 주세요.";
    public const string NotText = "글자 파일이 아니에요(UTF-8이나 CP949로 읽히지 않아요). 표는 CSV(UTF-8)로 저장해 주세요.";

    public static string Corrupt(string format) =>
        $"{format.ToUpperInvariant()} 파일이 손상됐거나 {format.ToUpperInvariant()} 형식이 아니에요. 원래 프로그램에서 다시 저장해 주세요.";

    public static string Unparsable(string detail) => $"문서 구조를 읽지 못했어요({detail}). 파일을 다시 저장해 주세요.";

    public static string Unreadable(string detail) => $"파일을 읽지 못했어요({detail}). 파일이 열리는지 확인해 주세요.";
}
