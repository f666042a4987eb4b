using System.Text;
using RocketChatAnalyzer.Templates;
using Xunit;

namespace RocketChatAnalyzer.Tests.Templates;

/// <summary>One test per masking rule of stage 1; inputs are real Rocket.Chat lines from shared/corpus where one exists.</summary>
public sealed class TemplateMaskerTests
{
    internal static string Mask(string message)
    {
        var scratch = new byte[TemplateMasker.MaxInputBytes];
        var dest = new byte[TemplateMasker.MaxOutputBytes];
        int n = TemplateMasker.Mask(TemplateMasker.Prepare(Encoding.UTF8.GetBytes(message), scratch), dest);
        return Encoding.UTF8.GetString(dest, 0, n);
    }

    [Fact]
    public void Prepare_OnRandomMessages_EqualsTheFirstLineCutWithItsColourEscapesRemoved()
    {
        // The plain reference: first line, cut at MaxInputBytes on a UTF-8 boundary, then every
        // ESC[…X / #033[…X sequence removed and any other ESC dropped — byte by byte.
        static byte[] Reference(byte[] message)
        {
            int nl = Array.FindIndex(message, b => b is (byte)'\n' or (byte)'\r');
            var line = nl >= 0 ? message[..nl] : message;
            if (line.Length > TemplateMasker.MaxInputBytes)
            {
                int cut = TemplateMasker.MaxInputBytes;
                while (cut > 0 && (line[cut] & 0xC0) == 0x80) cut--;
                line = line[..cut];
            }
            var o = new List<byte>();
            for (int i = 0; i < line.Length;)
            {
                int skip = line[i] == 0x1B && i + 1 < line.Length && line[i + 1] == (byte)'[' ? 2
                    : line.AsSpan(i).StartsWith("#033["u8) ? 5 : 0;
                if (skip == 0 && line[i] == 0x1B) { i++; continue; }
                if (skip != 0)
                {
                    int j = i + skip;
                    while (j < line.Length && (line[j] is >= (byte)'0' and <= (byte)'9' || line[j] == (byte)';')) j++;
                    if (j < line.Length && line[j] is >= (byte)'@' and <= (byte)'~') { i = j + 1; continue; }
                }
                o.Add(line[i++]);
            }
            return o.ToArray();
        }

        var rnd = new Random(20261127);
        string[] pieces = { "a", "Zq", " ", "é", "€", "0", "42", ";", "m", "[", "#", "#033[", "#033[0;31m", "\u001b", "\u001b[1m", "\u001b[", "\n", "\r", "x=1", "#general" };
        var scratch = new byte[TemplateMasker.MaxInputBytes];
        for (int i = 0; i < 20_000; i++)
        {
            // Mostly plain messages (the fast path), some with the special bytes, some over the cap.
            var sb = new StringBuilder();
            int parts = rnd.Next(4) == 0 ? rnd.Next(300, 700) : rnd.Next(0, 40);
            int specials = rnd.Next(3);
            for (int k = 0; k < parts; k++) sb.Append(pieces[rnd.Next(specials == 0 ? 6 : pieces.Length)]);
            byte[] message = Encoding.UTF8.GetBytes(sb.ToString());
            Assert.Equal(Reference(message), TemplateMasker.Prepare(message, scratch).ToArray());
        }
    }

    [Theory]
    [InlineData("Migrations: Not migrating, already at version 55", "Migrations: Not migrating, already at version <*>")]
    [InlineData("Migrating from version 303 -> 304", "Migrating from version <*> -> <*>")]
    [InlineData("Trying sending push to gateway again in 100 milliseconds", "Trying sending push to gateway again in <*>")]
    public void Mask_WhenATokenIsANumber_ReplacesIt(string message, string expected) => Assert.Equal(expected, Mask(message));

    [Fact]
    public void Mask_WhenATokenContainsADigit_ReplacesTheWholeSegment() =>
        Assert.Equal("PacketResponder <*> for block <*> terminating", Mask("PacketResponder 1 for block blk_-1608999687919862906 terminating"));

    [Theory]
    [InlineData("CE sym 2, at 0x0b85eee0, mask 0x05", "CE sym <*> at <*> mask <*>")]
    [InlineData("key deadbeefcafebabe rotated", "key <*> rotated")]
    public void Mask_WhenATokenIsHex_ReplacesIt(string message, string expected) => Assert.Equal(expected, Mask(message));

    [Theory]
    [InlineData("DHCPACK(br-lan) 10.0.0.5 ff:ee:de:fb:1a:2b printer", "DHCPACK(br-lan) <*> printer")]
    [InlineData("DHCPDISCOVER(br-lan) AB-CD-EF-AA-BB-CC", "DHCPDISCOVER(br-lan) <*>")]
    [InlineData("DHCPDISCOVER(br-lan) ff:0:de:fb:0:0", "DHCPDISCOVER(br-lan) <*>")]
    [InlineData("route a-b-c-d-e-f added", "route a-b-c-d-e-f added")]
    [InlineData("group ff:ee:de:fb:aa:bbc kept", "group ff:ee:de:fb:aa:bbc kept")]
    public void Mask_WhenATokenIsAMacAddress_ReplacesItWholeEvenWhereGroupsHaveNoDigit(string message, string expected) => Assert.Equal(expected, Mask(message));

    [Fact]
    public void KeyTable_GivesAMacAddressAndItsDigitShapeTheSameKey()
    {
        // The table masks the line with digit runs collapsed ("1a:2b" → "0a:0b", "97" → "0"): the MAC rule must agree.
        var table = new TemplateTable(new LogAnalysisOptions());
        table.Add(Encoding.UTF8.GetBytes("DHCPACK(br-lan) 10.0.0.5 ff:a8:de:fb:97:a0 printer"), LogLevel.Info, 0);
        table.Add(Encoding.UTF8.GetBytes("DHCPACK(br-lan) 10.0.0.6 9e:38:3d:5a:63:22 printer"), LogLevel.Info, 0);
        var key = Assert.Single(table.ToList());
        Assert.Equal("DHCPACK(br-lan) <*> printer", key.Template);
    }

    [Fact]
    public void Mask_WhenAMessageHasAUuid_ReplacesIt() =>
        Assert.Equal("Error: [<*>] Timeout: app process not ready", Mask("Error: [ab4728ec-613e-472f-a24c-b48a77aacfff] Timeout: app process not ready"));

    [Fact]
    public void Mask_WhenAMessageHasAMongoObjectId_ReplacesIt() =>
        Assert.Equal("Room <*> not found", Mask("Room 5f1d7a3b9c8e4a0012345678 not found"));

    [Theory]
    [InlineData("Exception from sub stream-notify-room id SsTshpowBLCsvh6qF", "Exception from sub stream-notify-room id <*>")]
    [InlineData("userId: oBDTNkRZhEpdJrArA", "userId: <*>")]
    [InlineData("Exception from sub stream-notify-room id qSLiMiaGmZsdopbsi", "Exception from sub stream-notify-room id <*>")]
    public void Mask_WhenATokenIsAMeteorId_ReplacesIt(string message, string expected) => Assert.Equal(expected, Mask(message));

    [Theory]
    [InlineData("method sendMessageToRoom called")]
    [InlineData("MongoNetworkError: failed to connect")]
    [InlineData("calling removeAppByNameAt now")]
    public void Mask_WhenAWordOfTheMeteorAlphabetIsCamelCase_KeepsIt(string message) =>
        // 17 characters of the Meteor alphabet written like a name: long lower-case runs between
        // single capitals. (One with four capitals, two of them paired — "getRCMessageCount" — is
        // taken for an id: the price of catching the random ids that have a long lower-case run.)
        Assert.Equal(message, Mask(message));

    [Fact]
    public void Mask_WhenASeventeenCharacterWordIsCamelCase_KeepsIt() =>
        Assert.Equal("method sendMessageToRoom failed", Mask("method sendMessageToRoom failed"));

    [Theory]
    [InlineData("Failed to connect to 127.0.0.1:27017, reason: errno:111 Connection refused", "Failed to connect to <*> reason: errno:<*> Connection refused")]
    [InlineData("remote 2001:871:261:eab7:4d0a:c1cc:690a:3b10 closed", "remote <*> closed")]
    public void Mask_WhenATokenIsAnIpAddress_ReplacesIt(string message, string expected) => Assert.Equal(expected, Mask(message));

    [Theory]
    [InlineData("chrome.exe - www.google.com:443 open through proxy proxy.cse.cuhk.edu.hk:5070 HTTPS", "<*> - <*> open through proxy <*> HTTPS")]
    [InlineData("failed to connect to server [mongo:27017] on first connect", "failed to connect to server [mongo:<*>] on first connect")]
    public void Mask_WhenATokenIsHostAndPort_ReplacesThePortAndADottedHost(string message, string expected) => Assert.Equal(expected, Mask(message));

    [Theory]
    [InlineData("network timeout at: https://cloud.rocket.chat/api/oauth/token", "network timeout at: <*>")]
    [InlineData("Failed to fetch identity from wordpress at http://www.abc.com/oauth/me. Unexpected token <", "Failed to fetch identity from wordpress at <*> Unexpected token <")]
    public void Mask_WhenATokenIsAUrl_ReplacesIt(string message, string expected) => Assert.Equal(expected, Mask(message));

    [Theory]
    [InlineData("at Object.Future.wait (/app/bundle/programs/server/node_modules/fibers/future.js:398:15)", "at <*> (<*>)")]
    [InlineData("at migrateDatabase (server/lib/migrations.ts:246:9)", "at migrateDatabase (<*>)")]
    [InlineData("[client 218.62.18.218] Directory index forbidden by rule: /var/www/html/", "[client <*>] Directory index forbidden by rule: <*>")]
    [InlineData("pattern: C:\\Windows\\servicing\\sqm\\*_std.sqm, flags: 0x2", "pattern: <*> flags: <*>")]
    public void Mask_WhenATokenIsAPath_ReplacesIt(string message, string expected) => Assert.Equal(expected, Mask(message));

    [Fact]
    public void Mask_WhenAPathIsOneFieldOfASemicolonRecord_EndsItAtTheSemicolon() =>
        Assert.Equal("SERVICE ALERT: <*>;Disk <*>;WARNING;SOFT;<*>;DISK WARNING", Mask("SERVICE ALERT: nas01;Disk /var;WARNING;SOFT;4;DISK WARNING"));

    [Fact]
    public void Mask_WhenATokenIsAnEmailAddress_ReplacesIt() =>
        Assert.Equal("Sending test email to <*>", Mask("Sending test email to admin@domain.com"));

    [Theory]
    [InlineData("Request 210u911pfrfi for method app:getStatus took 3ms", "Request <*> for method app:getStatus took <*>")]
    [InlineData("MongoServerSelectionError: Server selection timed out after 30000 ms", "MongoServerSelectionError: Server selection timed out after <*>")]
    [InlineData("retry in 1.5 s", "retry in <*>")]
    [InlineData("chrome.exe - a.b.com:443 close, 0 bytes sent, 0 bytes received, lifetime <1 sec", "<*> - <*> close, <*> sent, <*> received, lifetime <*>")]
    [InlineData("lifetime 00:02", "lifetime <*>")]
    public void Mask_WhenAMessageHasADuration_ReplacesNumberAndUnit(string message, string expected) => Assert.Equal(expected, Mask(message));

    [Fact]
    public void Mask_WhenAMessageHasASizeWithUnit_KeepsTheSurroundingPunctuation() =>
        Assert.Equal("Block <*> stored as values in memory (estimated size <*>, free <*>)", Mask("Block broadcast_1 stored as values in memory (estimated size 6.1 KB, free 317.1 KB)"));

    [Theory]
    [InlineData("Exception while invoking method 'sendSMTPTestEmail' AuthError: Invalid login", "Exception while invoking method <*> AuthError: Invalid login")]
    [InlineData("SyncedCron ➔ info Starting \"Generate download files for user data\".", "SyncedCron ➔ info Starting <*>.")]
    [InlineData("Acquiring suspend blocker \"PowerManagerService.Display\".", "Acquiring suspend blocker <*>.")]
    [InlineData("(Use `node --trace-warnings ...` to show where the warning was created)", "(Use <*> to show where the warning was created)")]
    public void Mask_WhenAValueIsQuoted_ReplacesTheQuotedText(string message, string expected) => Assert.Equal(expected, Mask(message));

    [Fact]
    public void Mask_WhenAnApostropheIsInsideAWord_DoesNotOpenAQuote() =>
        Assert.Equal("<*>() Can't find child <*> in scoreboard", Mask("jk2_init() Can't find child 5209 in scoreboard"));

    [Fact]
    public void Mask_WhenAQuotedValueIsAnHttpRequestLine_KeepsTheMethod() =>
        Assert.Equal("<*> \"GET <*>\" status: <*> len: <*>", Mask("10.11.10.1 \"GET /v2/54fadb412c4e40cdbaed9335e4c35a9e/servers/detail HTTP/1.1\" status: 200 len: 1893"));

    [Theory]
    [InlineData("Error sending push to gateway (2 try) -> {\"code\":109,\"error\":\"internal error\",\"status\":500}", "Error sending push to gateway (<*> try) -> <*>")]
    [InlineData("Push: send message \"@ofadmin\" via query { userId: 'ofEP6ac6gyHHQAcCP' }", "Push: send message <*> via query <*>")]
    [InlineData("Meteor ➔ method sendSMTPTestEmail -> userId: oBDTNkR3hEpdJrArA , arguments:  {}", "Meteor ➔ method sendSMTPTestEmail -> userId: <*> , arguments: <*>")]
    [InlineData("grantedModules: [\"auditing\",\"livechat-enterprise\"] loaded", "grantedModules: <*> loaded")]
    public void Mask_WhenAMessageEmbedsJson_ReplacesTheFragment(string message, string expected) => Assert.Equal(expected, Mask(message));

    [Theory]
    [InlineData("authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=218.188.2.4", "authentication failure; logname= uid=<*> euid=<*> tty=<*> ruser= rhost=<*>")]
    [InlineData("(msg) Service started  [name=OmnichannelQueue level=30]", "(msg) Service started [name=<*> level=<*>]")]
    [InlineData("release lock=233570404, tag=\"RILJ_ACK_WL\", ws=WorkSource{1000 com.android.phone}, uid=1001", "release lock=<*>, tag=<*>, ws=<*>, uid=<*>")]
    public void Mask_WhenATokenIsKeyEqualsValue_ReplacesTheValueWhateverItIs(string message, string expected) => Assert.Equal(expected, Mask(message));

    [Theory]
    [InlineData("connection from 222.33.90.199 () at Mon Jul 25 15:14:33 2005", "connection from <*> (<*>) at <*>")]
    [InlineData("Wed, 17 Oct 2018 02:35:13 GMT connect deprecated multipart", "<*> connect deprecated multipart")]
    [InlineData("[2024-11-01T08:54:27.900Z] INFO broker started", "[<*>] INFO broker started")]
    [InlineData("5/9/2019 4:37:46 PM done", "<*> done")]
    [InlineData("[Sun Dec 04 04:47:44 2005] [notice] workerEnv.init() ok /etc/httpd/conf/workers2.properties", "[<*>] [notice] workerEnv.init() ok <*>")]
    [InlineData("Jun 14 15:16:01 combo sshd(pam_unix)[19939]: check pass; user unknown", "<*> combo sshd(pam_unix)[<*>]: check pass; user unknown")]
    public void Mask_WhenAMessageHasADateOrTime_ReplacesItAsOneVariable(string message, string expected) => Assert.Equal(expected, Mask(message));

    [Fact]
    public void Mask_WhenAMonthNameIsAnOrdinaryWord_KeepsIt() =>
        Assert.Equal("May the job run", Mask("May the job run"));

    [Theory]
    [InlineData("setLightsOn(true)", "setLightsOn(<*>)")]
    [InlineData("Error: Room type undefined not found", "Error: Room type <*> not found")]
    [InlineData("Error: Match error: Expected string, got null", "Error: Match error: Expected string, got <*>")]
    public void Mask_WhenATokenIsALiteralValue_ReplacesIt(string message, string expected) => Assert.Equal(expected, Mask(message));

    [Theory]
    [InlineData("Registering class org.apache.hadoop.mapreduce.jobhistory.EventType for class X", "Registering class <*> for class X")]
    [InlineData("TypeError: receiver.emails.some is not a function", "TypeError: <*> is not a function")]
    [InlineData("Rocket.Chat Version: 7.3.0", "Rocket.Chat Version: <*>")]
    [InlineData("BLOCK* NameSystem.addStoredBlock: blockMap updated", "BLOCK* NameSystem.addStoredBlock: blockMap updated")]
    public void Mask_WhenATokenIsAQualifiedName_ReplacesItOnlyWithTwoOrMoreDots(string message, string expected) => Assert.Equal(expected, Mask(message));

    [Theory]
    [InlineData("Dropbox.exe - dropbox.com:443 open", "<*> - <*> open")]
    [InlineData("loaded cbscore.dll from cache", "loaded <*> from cache")]
    public void Mask_WhenATokenIsAFileNameOrHostWithOneDot_ReplacesIt(string message, string expected) => Assert.Equal(expected, Mask(message));

    [Fact]
    public void Mask_WhenVariablesFollowEachOther_KeepsOne() =>
        Assert.Equal("Fan speeds ( <*> )", Mask("Fan speeds ( 3552 3534 3375 4245 3515 3479 )"));

    [Theory]
    [InlineData("inconsistent nodesets node-31 0x1fffffffe <ok> node-0 0xfffffffe <ok> node-1 0xfffffffe <ok>", "inconsistent nodesets <*> <ok>")]
    [InlineData("inconsistent nodesets node-31 0x1fffffffe <ok> node-0 0xfffffffe <ok>", "inconsistent nodesets <*> <ok>")]
    [InlineData("users (uid=1) (uid=2) (uid=3) done", "users (uid=<*>) done")]
    [InlineData("Received disconnect from 1.2.3.4: 11: Bye Bye [preauth]", "Received disconnect from <*>: Bye Bye [preauth]")]
    public void Mask_WhenAGroupWithAVariableRepeats_KeepsItOnce(string message, string expected) => Assert.Equal(expected, Mask(message));

    [Theory]
    [InlineData("\"Probe failed\" probeType=\"Readiness\" pod=\"default/rocketchat-7d9f\"", "\"Probe failed\" probeType=<*> pod=<*>")]
    [InlineData("\"RemoveContainer\" containerID=\"3f2a9c\"", "\"RemoveContainer\" containerID=<*>")]
    [InlineData("\"Attempting to register node\"", "\"Attempting to register node\"")]
    public void Mask_WhenAStructuredLineStartsWithItsMessageInQuotes_KeepsTheMessageWords(string message, string expected) =>
        Assert.Equal(expected, Mask(message));

    [Fact]
    public void Mask_WhenAQuotedValueStartsAMessageThatIsNotStructured_StillReplacesIt() =>
        Assert.Equal("<*> is not defined", Mask("\"userId\" is not defined"));

    [Fact]
    public void Mask_WhenALogfmtLineHasAMessageField_KeepsTheMessageWords() =>
        Assert.Equal("time=<*> level=<*> msg=\"Container started with <*> restarts\" container=<*>",
            Mask("time=\"2024-05-01T10:00:00Z\" level=info msg=\"Container started with 3 restarts\" container=3f2a9c"));

    [Theory]
    [InlineData("failed to execute bulk item (index) for document VZwxVsLRQaXiFPpiZYkz", "failed to execute bulk item (index) for document <*>")]
    [InlineData("token PWvLgd-WVEJlDXqVYdMRp expired", "token <*> expired")]
    public void Mask_WhenALongWordLooksLikeARandomId_ReplacesIt(string message, string expected) => Assert.Equal(expected, Mask(message));

    [Theory]
    [InlineData("Exception while invoking method sendSMTPTestEmailAgain")]
    [InlineData("calling getIdOfUserByEmailAddress now")]
    [InlineData("ERROR_CONNECTION_REFUSED_BY_PEER seen")]
    public void Mask_WhenALongWordIsACamelCaseOrConstantName_KeepsIt(string message) => Assert.Equal(message, Mask(message));

    [Fact]
    public void Mask_WhenAMaskedValueEndsWithALabelColon_KeepsTheColonApartFromTheNextValue() =>
        Assert.Equal("Enqueuing flush of <*>: <*> (<*>) on-heap", Mask("Enqueuing flush of peers_v2: 1.204MiB (0%) on-heap"));

    [Theory]
    [InlineData("Started User Manager for UID 1000.", "Started User Manager for UID <*>.")]
    [InlineData("Starting Session 42 of user root...", "Starting Session <*> of user root...")]
    public void Mask_WhenTheLastValueEndsTheSentence_KeepsTheFullStop(string message, string expected) => Assert.Equal(expected, Mask(message));

    [Fact]
    public void Mask_WhenValuesFormACommaSeparatedList_KeepsOne() =>
        Assert.Equal(Mask("Partition merge counts were {1:23}"), Mask("Partition merge counts were {1:23, 2:45, 3:1}"));

    [Theory]
    [InlineData("command rocketchat.users command: find", "command <*> command: find")]
    [InlineData("nginx.service: Consumed 1.2s CPU time.", "<*>: Consumed <*> CPU time.")]
    [InlineData("Welcome to Rocket.Chat", "Welcome to Rocket.Chat")]
    public void Mask_WhenADottedWordIsANamespacedNameOrAUnit_ReplacesIt(string message, string expected) => Assert.Equal(expected, Mask(message));

    [Fact]
    public void Mask_WhenSpacingDiffers_GivesTheSameKey() =>
        Assert.Equal(Mask("Service started [name=X level=30]"), Mask("  Service   started\t[name=Y    level=40]  "));

    [Theory]
    [InlineData("rocketchat_logger rocketchat_logger.js:377 #033[34mMeteor ➔ method#033[39m spot", "rocketchat_logger <*> Meteor ➔ method spot")]
    [InlineData("\u001b[31mError\u001b[39m sending message", "Error sending message")]
    public void Mask_WhenAMessageHasAnsiColours_RemovesThem(string message, string expected) => Assert.Equal(expected, Mask(message));

    [Fact]
    public void Mask_WhenAMessageHasSeveralLines_UsesTheFirstLine() =>
        Assert.Equal("Error: Timeout", Mask("Error: Timeout\n    at Timeout._onTimeout (server/lib/ldap/Connection.ts:775:35)\n    at listOnTimeout (node:internal/timers:557:17)"));

    [Fact]
    public void Mask_WhenAMessageIsLongerThanTheLimit_ReadsOnlyTheLimitAtACharacterBoundary()
    {
        string message = new string('é', TemplateMasker.MaxInputBytes) + " tail 123";
        string key = Mask(message);
        Assert.DoesNotContain("tail", key, StringComparison.Ordinal);
        Assert.DoesNotContain('\uFFFD', key);
        Assert.Equal(TemplateMasker.MaxInputBytes, Encoding.UTF8.GetByteCount(key));
    }

    [Fact]
    public void Mask_WhenGivenRandomBytes_NeverExceedsTheOutputBoundOrThrows()
    {
        var rnd = new Random(7);
        var scratch = new byte[TemplateMasker.MaxInputBytes];
        var dest = new byte[TemplateMasker.MaxOutputBytes];
        const string alphabet = "aZ09 \t=:,;()[]{}|\"'`/\\.-_@#<>~*+x1\u001b";
        for (int round = 0; round < 3000; round++)
        {
            var input = new byte[rnd.Next(0, 1500)];
            for (int i = 0; i < input.Length; i++) input[i] = rnd.Next(4) == 0 ? (byte)rnd.Next(256) : (byte)alphabet[rnd.Next(alphabet.Length)];
            int n = TemplateMasker.Mask(TemplateMasker.Prepare(input, scratch), dest);
            Assert.InRange(n, 0, TemplateMasker.MaxOutputBytes);
        }
    }
}
