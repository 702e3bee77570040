using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Teams.Diagnostics;
using Teams.State;
using Teams.Tests.Support;

namespace Teams.Tests.State;

public sealed class FileStorageTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("teams-state-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task What_is_written_is_read_back_and_deleted()
    {
        var storage = new FileStorage(_folder);
        const string key = "msteams/conversations/19:abc@thread.v2;messageid=1";

        await storage.WriteAsync(new Dictionary<string, object> { [key] = new ConversationMemory { Questions = ["첫 질문"], Welcomed = true } });
        var read = await storage.ReadAsync([key, "missing"]);

        var memory = ((JObject)Assert.Single(read).Value).ToObject<ConversationMemory>()!;
        Assert.Equal(["첫 질문"], memory.Questions);
        Assert.True(memory.Welcomed);

        await storage.DeleteAsync([key]);
        Assert.Empty(await storage.ReadAsync([key]));
    }

    [Fact]
    public async Task Stored_type_names_are_not_honoured()
    {
        var storage = new FileStorage(_folder);
        await storage.WriteAsync(new Dictionary<string, object> { ["k"] = new JObject { ["$type"] = "System.IO.FileInfo, System.IO.FileSystem", ["fileName"] = "/etc/passwd" } });

        var value = Assert.Single(await storage.ReadAsync(["k"])).Value;

        Assert.IsType<JObject>(value);
    }

    [Fact]
    public async Task A_restarted_bot_with_the_file_store_still_knows_the_earlier_questions()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Teams:ConversationStore"] = ConversationStores.File,
            ["Teams:ConversationFolder"] = _folder,
        };
        await using var connector = await LoopbackConnector.StartAsync();
        var answers = RecordingAnswerService.WithBudgetFigure();

        await using (var firstRun = await BotServer.StartAsync(answers, settings))
        {
            await firstRun.PostAsync(TeamsActivities.Message(connector.ServiceUrl, "2단계 R&D 예산 총액이 얼마인가요?").ToString(Formatting.None));
        }
        await using (var secondRun = await BotServer.StartAsync(answers, settings))
        {
            await secondRun.PostAsync(TeamsActivities.Message(connector.ServiceUrl, "그럼 1단계는요?").ToString(Formatting.None));
        }

        Assert.Equal(["2단계 R&D 예산 총액이 얼마인가요?"], answers.Requests[1].History);
    }

    [Fact]
    public async Task Only_the_last_questions_are_remembered()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        var answers = RecordingAnswerService.WithBudgetFigure();
        await using var bot = await BotServer.StartAsync(answers, new Dictionary<string, string?> { ["Teams:RememberedQuestions"] = "2" });

        foreach (var question in new[] { "하나", "둘", "셋", "넷" })
        {
            await bot.PostAsync(TeamsActivities.Message(connector.ServiceUrl, question).ToString(Formatting.None));
        }

        Assert.Equal(["둘", "셋"], answers.Requests[^1].History);
    }
}
