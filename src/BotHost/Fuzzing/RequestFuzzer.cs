using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace BotHost.Fuzzing;

/// <summary>
/// Generates requests to the four endpoints that take input, from one seed (the same seed, the same requests):
/// random JSON, wrong types, huge fields, broken UTF-8, activities with missing parts, bad service URLs and random
/// invokes, with and without an Authorization header. Replies of well-formed activities go to <paramref name="serviceUrl"/>.
/// </summary>
public sealed class RequestFuzzer(int seed, Uri serviceUrl)
{
    public const string Ask = "/api/ask";
    public const string Sources = "/api/sources";
    public const string Feedback = "/api/feedback";
    public const string Messages = "/api/messages";

    private static readonly string[] Questions =
    [
        "1단계 국비 총액 알려줘", "그거 14개 시도로 나누면 평균 얼마야?", "2단계 R&D 예산 총액이 얼마인가요?", "What share of phase-2 funding is national?",
        "R&D (*?", "<script>alert(1)</script>", "김치찌개 맛있게 끓이는 법 알려줘", "", " ", "\u0000\u0001", "예산은?", "🙂🙃", "'; DROP TABLE x; --",
    ];

    private static readonly string[] ActivityTypes =
        ["message", "invoke", "conversationUpdate", "installationUpdate", "messageReaction", "event", "typing", "endOfConversation", "messageUpdate", "trace", "handoff", "x"];

    private static readonly string[] InvokeNames =
    [
        "composeExtension/query", "composeExtension/fetchTask", "composeExtension/submitAction", "composeExtension/queryLink", "task/fetch", "task/submit",
        "message/submitAction", "healthCheck", "signin/verifyState", "signin/tokenExchange", "adaptiveCard/action", "actionableMessage/executeAction",
        "fileConsent/invoke", "tab/fetch", "config/fetch", "application/search", "", "no/such/invoke",
    ];

    private readonly Random _random = new(seed);

    public IEnumerable<FuzzRequest> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return (i % 4) switch
            {
                0 => AskRequest(),
                1 => SourcesRequest(),
                2 => FeedbackRequest(),
                _ => MessagesRequest(),
            };
        }
    }

    private FuzzRequest AskRequest()
    {
        var (body, shape) = Pick(
            () => (Json(new JsonObject { ["question"] = Any(Questions), ["conversationId"] = MaybeId(), ["mode"] = Pick("chat", "factcheck", "shout", null) }), "question"),
            () => (Json(new JsonObject { ["question"] = WrongType(), ["conversationId"] = WrongType(), ["mode"] = WrongType(), ["context"] = WrongType() }), "wrong types"),
            () => (Json(new JsonObject { ["question"] = Huge(), ["conversationId"] = Huge(200), ["context"] = new JsonArray(Huge(), Huge()) }), "huge fields"),
            () => (BrokenUtf8("{\"question\": \"", "\"}"), "broken UTF-8"),
            () => (Encoding.UTF8.GetBytes(RandomJson(depth: 4)?.ToJsonString() ?? "null"), "random JSON"),
            () => (Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000)), "deep nesting"),
            () => (RandomBytes(_random.Next(0, 2000)), "random bytes"));
        return new FuzzRequest(Ask, HttpMethod.Post, Ask, body, ContentType(), Authorization(), shape);
    }

    private FuzzRequest SourcesRequest()
    {
        var doc = Pick("motie-2021-03-03-innovation-cluster.txt", "../appsettings.json", "..%2F..%2Fetc%2Fpasswd", "%00", new string('a', 3000), "없는문서.txt", "%E0%A4%A", "con", "x.txt%20");
        var from = Pick("1", "-5", "0", "99999999999", "abc", "", "2147483648", "1e3", "37");
        var to = Pick("10", "-1", "2147483647", "x", "", "400", "36");
        var query = Pick($"?from={from}&to={to}", $"?from={from}", "", "?to=%FF", "?from=1&from=2");
        return new FuzzRequest(Sources, HttpMethod.Get, $"{Sources}/{doc}{query}", null, null, Authorization(), "doc and line range");
    }

    private FuzzRequest FeedbackRequest()
    {
        var (body, shape) = Pick(
            () => (Json(new JsonObject { ["question"] = Any(Questions), ["rating"] = Pick("up", "down", "meh", null), ["comment"] = Pick("좋아요", null, Huge(1500)), ["id"] = MaybeId(), ["conversationId"] = MaybeId() }), "rating"),
            () => (Json(new JsonObject { ["question"] = WrongType(), ["rating"] = WrongType(), ["comment"] = WrongType(), ["answer"] = WrongType() }), "wrong types"),
            () => (Json(new JsonObject { ["question"] = Huge(), ["rating"] = "up", ["answer"] = Huge() }), "huge fields"),
            () => (BrokenUtf8("{\"rating\": \"up\", \"question\": \"", "\"}"), "broken UTF-8"),
            () => (Encoding.UTF8.GetBytes(RandomJson(depth: 4)?.ToJsonString() ?? "null"), "random JSON"),
            () => (RandomBytes(_random.Next(0, 2000)), "random bytes"));
        return new FuzzRequest(Feedback, HttpMethod.Post, Feedback, body, ContentType(), Authorization(), shape);
    }

    private FuzzRequest MessagesRequest()
    {
        var activity = new JsonObject
        {
            ["type"] = Any(ActivityTypes),
            ["id"] = Guid.NewGuid().ToString("n"),
            ["timestamp"] = "2026-12-01T06:00:00.000Z",
            ["channelId"] = Pick("msteams", "msteams", "emulator", "webchat"),
            ["serviceUrl"] = serviceUrl.ToString(),
            ["from"] = new JsonObject { ["id"] = "29:user", ["name"] = "사용자", ["aadObjectId"] = "00000000-0000-0000-0000-000000000001" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "봇" },
            ["conversation"] = new JsonObject { ["id"] = $"fuzz-{_random.Next(50)}", ["conversationType"] = Pick("personal", "channel", "groupChat"), ["tenantId"] = "t" },
            ["text"] = Any(Questions),
            ["locale"] = "ko-KR",
        };
        var shape = activity["type"]!.GetValue<string>();
        if (shape == "invoke")
        {
            activity["name"] = Any(InvokeNames);
            activity["value"] = InvokeValue(activity["name"]!.GetValue<string>());
            shape = $"invoke {activity["name"]}";
        }
        if (shape is "conversationUpdate" or "installationUpdate")
        {
            activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "28:bot" }, new JsonObject { ["id"] = "29:user" });
            activity["action"] = "add";
        }
        var mutations = _random.Next(0, 4);
        for (var i = 0; i < mutations; i++)
        {
            shape += ", " + Mutate(activity);
        }
        var body = _random.Next(20) == 0 ? BrokenUtf8("{\"type\":\"message\",\"text\":\"", "\"}") : Json(activity);
        return new FuzzRequest(Messages, HttpMethod.Post, Messages, body, Pick("application/json", "application/json", "text/plain", null), Authorization(), shape);
    }

    private string Mutate(JsonObject activity)
    {
        var part = Pick("serviceUrl", "conversation", "recipient", "from", "channelId", "type", "text", "entities", "membersAdded", "channelData", "value", "timestamp", "attachments", "deliveryMode", "replyToId");
        switch (_random.Next(3))
        {
            case 0:
                activity.Remove(part);
                return $"no {part}";
            case 1 when part == "serviceUrl":
                activity[part] = Pick("", "not a url", "http://127.0.0.1:99999/", "ftp://127.0.0.1/", "http://", "http://[::1]:0/", "https://" + new string('a', 3000), "javascript:alert(1)", $"http://127.0.0.1:{_random.Next(1, 1024)}/");
                return "bad serviceUrl";
            case 1 when part == "deliveryMode":
                activity[part] = Pick("expectReplies", "normal", "notification", "x");
                return "deliveryMode";
            default:
                activity[part] = WrongType();
                return $"{part} of a wrong type";
        }
    }

    private JsonNode? InvokeValue(string name) => name switch
    {
        "composeExtension/query" => new JsonObject { ["commandId"] = "search", ["queryOptions"] = new JsonObject { ["skip"] = Pick<JsonNode?>(0, -1, 1L << 40), ["count"] = Pick<JsonNode?>(25, 1L << 40, "many", -3) }, ["parameters"] = WrongType() },
        "message/submitAction" => new JsonObject { ["actionName"] = Pick("feedback", "other", null), ["actionValue"] = Pick<JsonNode?>(new JsonObject { ["reaction"] = Pick("like", "dislike", "meh"), ["feedback"] = Pick("{\"feedbackText\":\"좋아요\"}", "not json", "") }, WrongType()) },
        _ => RandomJson(depth: 3),
    };

    private JsonNode? WrongType() => Pick<JsonNode?>(
        null, 42, -1.5, true, "문자열", new JsonArray(1, "a", null), new JsonObject { ["x"] = new JsonArray() }, 1L << 40, double.MaxValue.ToString(CultureInfo.InvariantCulture), Huge(300));

    private JsonNode? RandomJson(int depth)
    {
        if (depth == 0 || _random.Next(3) == 0)
        {
            return WrongType();
        }
        if (_random.Next(2) == 0)
        {
            var array = new JsonArray();
            for (var i = _random.Next(4); i > 0; i--)
            {
                array.Add(RandomJson(depth - 1));
            }
            return array;
        }
        var json = new JsonObject();
        for (var i = _random.Next(5); i > 0; i--)
        {
            json[Pick("question", "type", "rating", "text", "value", "serviceUrl", "conversation", "mode", "k" + _random.Next(100))] = RandomJson(depth - 1);
        }
        return json;
    }

    private string? Authorization() => _random.Next(10) switch
    {
        < 5 => null,
        5 => "Bearer not-a-token",
        6 => "Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6Im5vIn0.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIiwiYXVkIjoieCJ9.c2ln",
        7 => "Basic dXNlcjpwYXNz",
        8 => "Bearer " + new string('a', 4000),
        _ => "Bearer",
    };

    private string? ContentType() => Pick("application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", null);

    private string? MaybeId() => Pick(null, "c1", Guid.NewGuid().ToString("n"), new string('x', 200), "../../etc", "대화-1");

    private string Huge(int? length = null) => new(Pick('가', 'a', '1', ' ', '\n'), length ?? _random.Next(10_000, 120_000));

    private byte[] BrokenUtf8(string before, string after)
    {
        var middle = RandomBytes(_random.Next(1, 64));
        middle[0] = 0xC3;
        return [.. Encoding.UTF8.GetBytes(before), .. middle, .. Encoding.UTF8.GetBytes(after)];
    }

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[Math.Max(1, length)];
        _random.NextBytes(bytes);
        return bytes;
    }

    private static byte[] Json(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    private string Any(string[] values) => values[_random.Next(values.Length)];

    private T Pick<T>(params T[] values) => values[_random.Next(values.Length)];

    private (byte[], string) Pick(params Func<(byte[], string)>[] makers) => makers[_random.Next(makers.Length)]();
}
