using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json;
using Teams.AppPackage;

namespace Teams.Tests.AppPackage;

public sealed class TeamsAppPackageTests
{
    private const string BotId = "6f1c2a4e-1b7d-4c3e-9a8f-2d5e6b7c8d9e";

    [Fact]
    public void The_package_holds_the_manifest_and_both_icons_at_its_root()
    {
        using var zip = Package(new TeamsAppOptions());

        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(entry => entry.FullName).Order());
    }

    [Fact]
    public void The_manifest_names_the_configured_bot_in_every_scope_with_its_commands()
    {
        using var zip = Package(new TeamsAppOptions { DeveloperName = "운영팀 \"A\"" });
        using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());
        var root = manifest.RootElement;

        Assert.Equal(BotId, root.GetProperty("id").GetString());
        Assert.Equal("운영팀 \"A\"", root.GetProperty("developer").GetProperty("name").GetString());
        Assert.Equal(root.GetProperty("manifestVersion").GetString(), root.GetProperty("$schema").GetString()!.Split('/')[^2].TrimStart('v'));
        var bot = root.GetProperty("bots")[0];
        Assert.Equal(BotId, bot.GetProperty("botId").GetString());
        Assert.Equal(["personal", "team", "groupChat"], bot.GetProperty("scopes").EnumerateArray().Select(scope => scope.GetString()));
        var commands = bot.GetProperty("commandLists")[0].GetProperty("commands").EnumerateArray().ToList();
        Assert.Contains(commands, command => command.GetProperty("title").GetString() == "도움말");
        Assert.All(commands, command => Assert.InRange(command.GetProperty("title").GetString()!.Length, 1, 32));
        Assert.DoesNotContain("${{", root.GetRawText());
    }

    [Fact]
    public void A_separate_Teams_app_id_can_be_configured()
    {
        const string appId = "0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a";
        using var zip = Package(new TeamsAppOptions { Id = appId });
        using var manifest = JsonDocument.Parse(zip.GetEntry("manifest.json")!.Open());

        Assert.Equal(appId, manifest.RootElement.GetProperty("id").GetString());
        Assert.Equal(BotId, manifest.RootElement.GetProperty("bots")[0].GetProperty("botId").GetString());
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void The_icons_have_the_sizes_Teams_requires(string name, int size)
    {
        using var zip = Package(new TeamsAppOptions());
        using var icon = new MemoryStream();
        zip.GetEntry(name)!.Open().CopyTo(icon);
        var header = icon.ToArray();

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], header[..4]);
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16, 4)));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20, 4)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("my-bot")]
    public void A_bot_id_that_is_not_a_GUID_is_refused(string botId)
    {
        Assert.Throws<FormatException>(() => TeamsAppPackage.Write(new MemoryStream(), botId, new TeamsAppOptions()));
    }

    private static ZipArchive Package(TeamsAppOptions app)
    {
        var zip = new MemoryStream();
        TeamsAppPackage.Write(zip, BotId, app);
        zip.Position = 0;
        return new ZipArchive(zip, ZipArchiveMode.Read);
    }
}
