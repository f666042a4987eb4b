using System.Text;
using Newtonsoft.Json.Linq;
using RocketChatAnalyzer.Logs;
using Xunit;

namespace RocketChatAnalyzer.Tests.Logs;

public sealed class JsonEntryParserTests
{
    private static readonly string[] s_texts = { "plain", "with \"quotes\"", "back\\slash", "tab\tand\nnewline", "ünïcödé ✓", "emoji 😀", "ctrl \u0001\u001f", "\u2028sep", "" };

    /// <summary>Random pino-like objects written by Newtonsoft (escapes, unicode, nesting, key order) read back field by field.</summary>
    [Fact]
    public void Parse_OnRandomObjects_ReadsWhatAJsonLibraryReads()
    {
        var rnd = new Random(99);
        var scratch = new ScratchBuffer();
        for (int n = 0; n < 3000; n++)
        {
            var props = new List<JProperty>();
            string? msg = null;
            if (rnd.Next(4) != 0) props.Add(new JProperty("level", new[] { 10, 20, 30, 35, 40, 50, 51, 60 }[rnd.Next(8)]));
            if (rnd.Next(3) != 0) props.Add(new JProperty("time", rnd.Next(2) == 0 ? (JToken)"2024-03-22T08:39:23.647Z" : 1763904211118L));
            props.Add(new JProperty("pid", 1));
            if (rnd.Next(3) == 0) props.Add(new JProperty("nested", new JObject(new JProperty("msg", "not me"), new JProperty("a", new JArray(1, "}", new JObject())))));
            if (rnd.Next(4) != 0) { msg = s_texts[rnd.Next(s_texts.Length)] + rnd.Next(100); props.Add(new JProperty("msg", msg)); }
            if (rnd.Next(4) == 0) props.Add(new JProperty("err", new JObject(new JProperty("type", "Error"), new JProperty("message", "err " + s_texts[rnd.Next(s_texts.Length)]))));
            if (rnd.Next(5) == 0 && msg is not null) { msg = "dup " + s_texts[rnd.Next(s_texts.Length)]; props.Add(new JProperty("msg2", "x")); props.Add(new JProperty("msg", msg)); }
            for (int i = props.Count - 1; i > 0; i--) { int j = rnd.Next(i + 1); (props[i], props[j]) = (props[j], props[i]); }
            // JObject keeps the last duplicate; build the text by hand so duplicates really are in the line.
            var sb = new StringBuilder("{");
            for (int i = 0; i < props.Count; i++)
            {
                if (i > 0) sb.Append(rnd.Next(2) == 0 ? "," : " , ");
                sb.Append(Newtonsoft.Json.JsonConvert.ToString(props[i].Name)).Append(':').Append(props[i].Value.ToString(Newtonsoft.Json.Formatting.None));
            }
            sb.Append('}');
            string line = sb.ToString();
            var expected = new Dictionary<string, JToken>();
            foreach (var p in props) expected[p.Name] = p.Value; // last one wins
            byte[] bytes = Encoding.UTF8.GetBytes(line);
            scratch.Clear();
            var f = JsonEntryParser.Parse(bytes, scratch);
            Assert.False(f.Failed, line);
            string? gotMsg = f.Msg.IsEmpty ? null : Encoding.UTF8.GetString(f.Msg.Resolve(bytes, scratch));
            string? wantMsg = expected.TryGetValue("msg", out var m) ? (string?)m : null;
            Assert.Equal(string.IsNullOrEmpty(wantMsg) ? null : wantMsg, gotMsg);
            if (expected.TryGetValue("level", out var lv)) Assert.Equal(LogLevels.FromNumber((int)lv), f.Level);
            else Assert.False(f.HasLevel);
            if (expected.TryGetValue("err", out var err))
                Assert.Equal((string?)err["message"], Encoding.UTF8.GetString(f.ErrMessage.Resolve(bytes, scratch)));
            Assert.Equal(expected.ContainsKey("time"), f.Ticks != 0);
        }
    }

    [Theory]
    [InlineData("{\"level\":30,\"msg\":\"unterminated}")]
    [InlineData("{\"level\":30 \"msg\":\"x\"}")]
    [InlineData("{\"level\":30,\"err\":{\"message\":\"x\"")]
    [InlineData("{\"level\" 30}")]
    [InlineData("{level:30}")]
    public void Parse_OnBrokenStructure_SetsFailedAndKeepsWhatItRead(string line)
    {
        var scratch = new ScratchBuffer();
        var f = JsonEntryParser.Parse(Encoding.UTF8.GetBytes(line), scratch);
        Assert.True(f.Failed);
    }

    [Fact]
    public void Parse_ReadsEjsonDatesAndMongoSeverity()
    {
        var scratch = new ScratchBuffer();
        byte[] mongo = Encoding.UTF8.GetBytes("{\"t\":{\"$date\":\"2022-08-09T09:07:38.649+00:00\"},\"s\":\"W\",  \"c\":\"NETWORK\", \"id\":4615610, \"ctx\":\"conn1\",\"msg\":\"x\"}");
        var f = JsonEntryParser.Parse(mongo, scratch);
        Assert.Equal(LogLevel.Warn, f.Level);
        Assert.Equal(new DateTime(2022, 8, 9, 9, 7, 38, 649, DateTimeKind.Utc).Ticks, f.Ticks);
        byte[] meteor = Encoding.UTF8.GetBytes("{\"line\":\"145\",\"file\":\"rocketchat_migrations.js\",\"message\":\"Migrations: Not migrating\",\"time\":{\"$date\":1508462632107},\"level\":\"info\"}");
        f = JsonEntryParser.Parse(meteor, scratch);
        Assert.Equal(LogLevel.Info, f.Level);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1508462632107).UtcTicks, f.Ticks);
        Assert.Equal("Migrations: Not migrating", Encoding.UTF8.GetString(f.Message.Resolve(meteor, scratch)));
    }
}
