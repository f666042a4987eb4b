using Xunit;

namespace RocketChatAnalyzer.Tests.Dump;

public class SecretScrubberTests
{
    [Theory]
    // Header / cookie forms
    [InlineData("headers: { 'x-auth-token': 'FAKE8f3kQ', 'x-user-id': 'L86W8h2Xtrpystbnd' }", "L86W8h2Xtrpystbnd")]
    [InlineData("X-Auth-Token: FAKEabc123 X-User-Id: L86W8h2Xtrpystbnd", "X-User-Id: L86W8h2Xtrpystbnd")]
    [InlineData("cookie: rc_uid=L86W8h2Xtrpystbnd; rc_token=FAKEzz9", "rc_uid=L86W8h2Xtrpystbnd")]
    [InlineData("GET /file-upload/abc/img.png?rc_uid=L86W8h2Xtrpystbnd&rc_token=FAKEtok HTTP/1.1", "rc_uid=L86W8h2Xtrpystbnd")]
    // JSON and escaped JSON inside pino msg
    [InlineData("{\"level\":35,\"method\":\"login\",\"password\":\"FAKE-hunter2\",\"user\":\"admin\"}", "\"user\":\"admin\"")]
    [InlineData("{\"msg\":\"call {\\\"user\\\":\\\"admin\\\",\\\"password\\\":\\\"FAKE-hunter2\\\"}\"}", "admin")]
    [InlineData("{\"authToken\":\"FAKE-qwerty\",\"userId\":\"L86W8h2Xtrpystbnd\"}", "L86W8h2Xtrpystbnd")]
    // util.inspect forms (issue #3271 leaked pass: '…')
    [InlineData("Meteor ➔ method login -> userId: null, arguments: { user: { username: 'vidhya' }, pass: 'FAKEvidhya' }", "username: 'vidhya'")]
    [InlineData("{ password: \"FAKEpw\", username: \"bob\" }", "username: \"bob\"")]
    // Authorization headers
    [InlineData("Authorization: Bearer FAKEeyJhbGciOiJIUzI1NiJ9.payload.sig", "Authorization: Bearer")]
    [InlineData("authorization: Basic FAKEYWRtaW46cGFzcw==", "authorization: Basic")]
    [InlineData("request failed: 401 Bearer FAKEeyJhbGciOiJIUzI1NiJ9xyz", "request failed: 401")]
    // URLs
    [InlineData("MONGO_URL=mongodb://rocketchat:FAKEmongopass@mongo:27017/rocketchat?replicaSet=rs0", "mongodb://rocketchat:")]
    [InlineData("GET https://cloud.rocket.chat/api/oauth/token?access_token=FAKEacc&scope=workspace", "scope=workspace")]
    public void Scrub_RemovesTheSecretAndKeepsTheRest(string input, string kept)
    {
        string output = SecretScrubber.Scrub(input);
        Assert.DoesNotContain("FAKE", output, StringComparison.Ordinal);
        Assert.Contains(SecretScrubber.Mask, output, StringComparison.Ordinal);
        Assert.Contains(kept, output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"level\":30,\"time\":\"2024-10-03T14:39:40.993Z\",\"pid\":13881,\"hostname\":\"chat.io\",\"name\":\"VersionCheck\",\"msg\":\"Checking for version updates\"}")]
    [InlineData("Failed to get Workspace AccessToken from Rocket.Chat Cloud")]
    [InlineData("network timeout at: https://cloud.rocket.chat/api/oauth/token")]
    [InlineData("OAuth token refreshed for user bob")]
    [InlineData("Exception in callback of async function: Error: unable to get local issuer certificate")]
    [InlineData("")]
    public void Scrub_LeavesTextWithoutSecretsUnchanged(string input) =>
        Assert.Equal(input, SecretScrubber.Scrub(input));

    [Fact]
    public void Scrub_IsIdempotent()
    {
        string once = SecretScrubber.Scrub("{\"password\":\"FAKE1\"} X-Auth-Token: FAKE2 mongodb://u:FAKE3@h");
        Assert.Equal(once, SecretScrubber.Scrub(once));
        Assert.DoesNotContain("FAKE", once, StringComparison.Ordinal);
    }

    [Fact]
    public void Scrub_ReturnsTheSameInstanceWhenThereIsNothingToDo()
    {
        string s = "Using GridFS for custom sounds storage";
        Assert.Same(s, SecretScrubber.Scrub(s));
    }

    [Fact]
    public void Scrub_OnRandomTexts_EqualsRunningEveryRuleOnEveryText()
    {
        // The prefilters (a key word anywhere, then a literal each rule needs) only skip work: on
        // random texts built from the rules' parts the result equals running all eight rules always.
        string[] pieces =
        {
            " ", "a", "Zq", "é", "token", "ToKeN", "to\u212Aen", "pass", "pa\u017F\u017F", "password", "secret", "key", "auth", "credentials",
            "x-auth-token", "rc_token", "rc_", "x-auth-", "x-user-", "Authorization", "Bearer ", "Basic ", "abcdefghijkl", ":", "=", "\"", "\\\"", "'", "?", "&", ";",
            "://", "mongodb://", "user", "@", "host", "{", "}", ",", "_", "-", ".", "/",
        };
        var rnd = new Random(20261127);
        int changed = 0;
        for (int i = 0; i < 20_000; i++)
        {
            var sb = new System.Text.StringBuilder();
            int parts = rnd.Next(1, 30);
            for (int k = 0; k < parts; k++) sb.Append(pieces[rnd.Next(pieces.Length)]);
            string text = sb.ToString();
            string expected = SecretScrubber.ScrubWith(text, prefilter: false);
            Assert.Equal(expected, SecretScrubber.Scrub(text));
            if (expected != text) changed++;
        }
        Assert.True(changed > 1000, $"only {changed} texts had a secret: the generator no longer exercises the rules");
    }
}
