using System.Diagnostics;
using System.Text.Json;

namespace BotHost.Tests.Commands;

/// <summary>
/// <c>ask --jsonl</c> is piped into scorers: its stdout must be JSON Lines and nothing else, even when the corpus
/// logs (a skipped file is a warning): logs go to stderr.
/// </summary>
public sealed class AskJsonlCommandTests : IDisposable
{
    private const string Document = "motie-2021-03-03-innovation-cluster.txt";
    private readonly string _corpus = Directory.CreateTempSubdirectory("ask-jsonl-corpus-").FullName;

    public AskJsonlCommandTests()
    {
        File.Copy(Path.Combine(AppContext.BaseDirectory, "corpus", Document), Path.Combine(_corpus, Document));
        // An HWP 5.0 file cannot be read: the corpus logs a warning naming it, which must not reach stdout.
        File.WriteAllBytes(Path.Combine(_corpus, "old-notice.hwp"), [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    }

    [Fact]
    public async Task Stdout_holds_one_JSON_answer_per_question_and_the_logs_go_to_stderr()
    {
        string[] questions =
        [
            """{"id":"q1","question":"2단계 R&D 예산 총액이 얼마인가요?"}""",
            """{"id":"q2","question":"김치찌개 맛있게 끓이는 법 알려줘"}""",
            """{"id":"q3","question":"그럼 1단계는요?","context":["2단계 R&D 예산 총액이 얼마인가요?"]}""",
        ];

        var (stdout, stderr, exitCode) = await RunBotHostAsync(["ask", "--jsonl", "--corpus", _corpus], string.Join('\n', questions) + "\n");

        Assert.Equal(0, exitCode);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(questions.Length, lines.Length);
        var ids = lines.Select(line =>
        {
            using var answer = JsonDocument.Parse(line);
            Assert.Equal(JsonValueKind.String, answer.RootElement.GetProperty("answer").ValueKind);
            return answer.RootElement.GetProperty("id").GetString();
        });
        Assert.Equal(["q1", "q2", "q3"], ids);
        Assert.Contains("old-notice.hwp", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("info:", stderr, StringComparison.Ordinal);
    }

    /// <summary>Runs the built BotHost as a separate process, as a shell pipeline would.</summary>
    private static async Task<(string Stdout, string Stderr, int ExitCode)> RunBotHostAsync(string[] arguments, string input)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (await stdout, await stderr, process.ExitCode);
    }

    public void Dispose() => Directory.Delete(_corpus, recursive: true);
}
