using System.Text;
using RocketChatAnalyzer.Templates;
using Xunit;

namespace RocketChatAnalyzer.Tests.Templates;

/// <summary>Clustering behaviours of stage 2, each on a small hand-made set of messages.</summary>
public sealed class TemplateMinerTests
{
    private static List<LogTemplate> Mine(params string[] messages) => MineWith(TemplateMinerSettings.Default, messages);

    private static List<LogTemplate> MineWith(TemplateMinerSettings settings, params string[] messages)
    {
        var table = new TemplateTable(new LogAnalysisOptions());
        foreach (string m in messages) table.Add(Encoding.UTF8.GetBytes(m), LogLevel.Info, 0);
        return TemplateMiner.Build(table.ToList(), settings).Templates;
    }

    private static string[] Texts(List<LogTemplate> templates) => templates.Select(t => t.Template).OrderBy(t => t, StringComparer.Ordinal).ToArray();

    [Fact]
    public void Build_WhenAWordFollowsAnIntroducer_MakesItAVariable()
    {
        var t = Mine(
            "Failed password for root from 5.36.59.76 port 42393 ssh2",
            "Failed password for root from 5.36.59.77 port 42394 ssh2",
            "Failed password for admin from 5.36.59.78 port 42395 ssh2");
        // "ssh2" has a digit: it is masked and joins the port variable before it.
        Assert.Equal(new[] { "Failed password for <*> from <*> port <*>" }, Texts(t));
        Assert.Equal(3, t[0].Count);
    }

    [Fact]
    public void Build_WhenTwoPlainWordsAlternateInOneColumn_KeepsTwoTemplates()
    {
        var t = Mine(
            "PacketResponder 1 for block blk_1 terminating",
            "PacketResponder 2 for block blk_2 terminating",
            "PacketResponder 0 for block blk_3 Interrupted.");
        Assert.Equal(new[] { "PacketResponder <*> for block <*> Interrupted.", "PacketResponder <*> for block <*> terminating" }, Texts(t));
    }

    [Fact]
    public void Build_WhenAColumnHasMoreWordsThanTheSplitLimit_MakesItAVariable()
    {
        var t = Mine(
            "attempt_1 TaskAttempt Transitioned from NEW to UNASSIGNED",
            "attempt_2 TaskAttempt Transitioned from UNASSIGNED to ASSIGNED",
            "attempt_3 TaskAttempt Transitioned from ASSIGNED to RUNNING",
            "task_1 Task Transitioned from NEW to SCHEDULED",
            "task_2 Task Transitioned from SCHEDULED to RUNNING",
            "task_3 Task Transitioned from RUNNING to SUCCEEDED");
        Assert.Equal(new[] { "<*> Task Transitioned from <*> to <*>", "<*> TaskAttempt Transitioned from <*> to <*>" }, Texts(t));
    }

    [Fact]
    public void Build_WhenTwoTwoValuedColumnsVaryIndependently_MakesBothVariables()
    {
        var t = Mine(
            "Notification: LOOKING (n.state), LOOKING (my state)",
            "Notification: FOLLOWING (n.state), LOOKING (my state)",
            "Notification: LOOKING (n.state), FOLLOWING (my state)");
        Assert.Equal(new[] { "Notification: <*> (n.state), <*> (my state)" }, Texts(t));
        Assert.Equal(3, MineWith(TemplateMinerSettings.Default with { UseCrossVariation = false },
            "Notification: LOOKING (n.state), LOOKING (my state)",
            "Notification: FOLLOWING (n.state), LOOKING (my state)",
            "Notification: LOOKING (n.state), FOLLOWING (my state)").Count);
    }

    [Fact]
    public void Build_WhenTwoValuedColumnsMoveTogether_KeepsTheTemplatesApart()
    {
        var t = Mine(
            "Scavenge: Starts now",
            "Scavenge: Completes later",
            "Scavenge: Starts now");
        Assert.Equal(2, t.Count);
    }

    [Fact]
    public void Build_WhenMaskedValuesAndWordsShareAColumn_MakesItAVariable()
    {
        var t = Mine(
            "Started worker 17",
            "Started worker 18",
            "Started worker main");
        Assert.Equal(new[] { "Started worker <*>" }, Texts(t));
    }

    [Fact]
    public void Build_WhenAWordSitsBesideAWrappedVariable_KeepsTheStatementsApart()
    {
        var t = Mine("onStandStepChanged 3579", "onStandStepChanged 3580", "onExtend:1514038530000 14 0 4");
        Assert.Equal(new[] { "onExtend:<*>", "onStandStepChanged <*>" }, Texts(t));
    }

    [Fact]
    public void Build_WhenTheWordsAreCompoundIdentifiers_MakesTheColumnAVariable()
    {
        var t = Mine(
            "Exception from sub stream-notify-room id SsTshpowBLCsvh6qF",
            "Exception from sub stream-notify-user id ofEP6ac6gyHHQAcCP");
        Assert.Equal(new[] { "Exception from sub <*> id <*>" }, Texts(t));
        Assert.Equal(2, MineWith(TemplateMinerSettings.Default with { CompoundIdentifiersAreValues = false },
            "Exception from sub stream-notify-room id SsTshpowBLCsvh6qF",
            "Exception from sub stream-notify-user id ofEP6ac6gyHHQAcCP").Count);
    }

    [Fact]
    public void Build_WhenMostWordsOfAColumnAreCompoundIdentifiers_MakesTheColumnAVariable()
    {
        string[] lines = { "Proxy https_front started.", "Proxy http_front started.", "Proxy stats started.", "Proxy https_front started." };
        Assert.Equal(new[] { "Proxy <*> started." }, Texts(Mine(lines)));
        Assert.Equal(3, MineWith(TemplateMinerSettings.Default with { MostlyCompoundIsValue = false }, lines).Count);
    }

    [Fact]
    public void Build_WhenOnlyOneWordOfAColumnIsACompoundIdentifier_KeepsTheStatementsApart()
    {
        var t = Mine("Cache warm-up done", "Cache flush done", "Cache flush done");
        Assert.Equal(2, t.Count);
    }

    [Fact]
    public void Build_WhenAListOfKeyValuePairsVariesInLength_MakesItOneVariable()
    {
        string[] lines =
        {
            "disconnect from unknown[61.55.229.61] commands=0/0",
            "disconnect from mail.example.com[61.55.229.62] ehlo=1 quit=1 commands=2",
            "disconnect from mail.example.com[61.55.229.63] ehlo=1 auth=0/1 quit=1 commands=2/3",
            "disconnect from unknown[61.55.229.64] ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5",
            "disconnect from unknown[61.55.229.65] ehlo=2 starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=7",
        };
        Assert.Equal(new[] { "disconnect from <*>" }, Texts(Mine(lines)));
        Assert.Equal(5, MineWith(TemplateMinerSettings.Default with { ValueListSlots = false }, lines).Count);
        Assert.True(MineWith(TemplateMinerSettings.Default with { ValueListSlots = false }, lines).Count > 1);
    }

    [Fact]
    public void Build_WhenOnlyTwoValueListsFollowTheSameWords_KeepsThemAsTheyAre()
    {
        var t = Mine(
            "flush done in=3 out=4 errors=0",
            "flush done bytes=90");
        Assert.Equal(new[] { "flush done bytes=<*>", "flush done in=<*> out=<*> errors=<*>" }, Texts(t));
    }

    [Fact]
    public void Build_WhenABracketedPhraseFollowsAnIntroducer_MakesItOneValue()
    {
        string[] lines =
        {
            "The web application [/api] appears to have started a thread named [Abandoned connection cleanup thread] but has failed to stop it.",
            "The web application [/jenkins] appears to have started a thread named [Timer-0] but has failed to stop it.",
            "The web application [/manager] appears to have started a thread named [pool-1-thread-1] but has failed to stop it.",
        };
        Assert.Equal(new[] { "The web application [<*>] appears to have started a thread named [<*>] but has failed to stop it." }, Texts(Mine(lines)));
        Assert.Equal(2, MineWith(TemplateMinerSettings.Default with { BracketedPhrasesAfterIntroducers = false }, lines).Count);
    }

    [Theory]
    [InlineData("index created, cause [auto(bulk api)], templates [logs]", "index created, cause [<*>], templates [logs]")]
    [InlineData("thread named [a b c]", "thread named [<*>]")]
    [InlineData("reason (no route to host) retrying", "reason (<*>) retrying")]
    [InlineData("for [a b", "for [a b")]
    [InlineData("Stopped [a b] now", "Stopped [a b] now")]
    [InlineData("named [a) b]", "named [a) b]")]
    public void JoinBracketedPhrases_JoinsOnlyBalancedPhrasesAfterAnIntroducer(string key, string expected) =>
        Assert.Equal(expected, string.Join(' ', TemplateMiner.JoinBracketedPhrases(key.Split(' '))));

    [Fact]
    public void Build_WhenMessagesHaveDifferentTokenCounts_KeepsThemApart()
    {
        var t = Mine("session closed for user cyrus", "session opened for user cyrus by (uid=0)");
        Assert.Equal(2, t.Count);
    }

    [Fact]
    public void Build_WhenAPlainWordHasTheWrappingOfAWrappedVariable_MakesItAVariable()
    {
        var t = Mine("[logs-2024.05.01] deleting index", "[logs-2024.05.02] deleting index", "[rocketchat_message] deleting index");
        Assert.Equal(new[] { "[<*>] deleting index" }, Texts(t));
    }

    [Fact]
    public void Build_WhenWordsDifferOnlyInsideTheSameBrackets_MakesThemAVariable()
    {
        string[] lines = { "syncPowerState: WWEN[enabled]", "syncPowerState: WWEN[disabled]", "Wake reason: RTC (Alarm)", "Wake reason: ARPT (Network)" };
        Assert.Equal(new[] { "Wake reason: <*> (<*>)", "syncPowerState: WWEN[<*>]" }, Texts(Mine(lines)));
        Assert.Equal(4, MineWith(TemplateMinerSettings.Default with { BracketedWordsAreValues = false, UseIntroducers = false }, lines).Count);
    }

    [Fact]
    public void Build_WhenAWordFollowsANounThatNamesAValueSlot_MakesItAVariable()
    {
        var t = Mine("Member mongo-0.mongo:27017 is now in state PRIMARY", "Member mongo-1.mongo:27017 is now in state SECONDARY");
        Assert.Equal(new[] { "Member <*> is now in state <*>" }, Texts(t));
    }

    private static readonly string[] s_units =
    {
        "Message of the Day", "Docker Application Container Engine", "Rotate log files", "Certbot", "Session 12 of user root",
        "Daily apt download activities", "Cleanup of Temporary Directories",
    };

    [Fact]
    public void Build_WhenAPhraseOfSeveralLengthsFillsTheSameFrameAfterDifferentWords_MakesItOneVariable()
    {
        var lines = s_units.Select(u => "Started " + u + ".").Concat(s_units.Select(u => "Starting " + u + "...")).ToArray();
        Assert.Equal(new[] { "Started <*>.", "Starting <*>..." }, Texts(Mine(lines)));
        Assert.True(MineWith(TemplateMinerSettings.Default with { VariableWidthSlots = false }, lines).Count > 10);
    }

    [Fact]
    public void Build_WhenFewPhrasesFollowTheSameWord_KeepsTheStatementsApart()
    {
        // Three fillers are not evidence of a value: these are three statements.
        var t = Mine("Started all plugins", "Listed all plugins", "Started Download metadata", "Finished Download metadata. 12 ms", "Started initialization");
        Assert.Contains("Started all plugins", Texts(t));
        Assert.Contains("Started Download metadata", Texts(t));
        Assert.Contains("Started initialization", Texts(t));
    }

    [Fact]
    public void Build_WhenTextOfSeveralLengthsFollowsALabel_MakesItOneVariable()
    {
        var t = Mine(
            "duration: 0.42 ms  statement: SELECT * FROM users WHERE id = 1",
            "duration: 12.1 ms  statement: COMMIT",
            "duration: 3.50 ms  statement: UPDATE sessions SET last_seen = now() WHERE token = 'x'");
        Assert.Equal(new[] { "duration: <*> statement: <*>" }, Texts(t));
    }

    [Fact]
    public void Build_WhenNamesOfSeveralLengthsEndInTheSameBracketedValue_MakesThemOneVariable()
    {
        var t = Mine(
            "Sandbox: QQ(1234) deny(1) mach-lookup com.apple.tccd",
            "Sandbox: WeChat(2234) deny(1) mach-lookup com.apple.tccd",
            "Sandbox: Google Chrome He(3234) deny(1) mach-lookup com.apple.tccd",
            "Sandbox: Microsoft Word(4234) deny(1) mach-lookup com.apple.tccd",
            "Sandbox: Dropbox(5234) deny(1) mach-lookup com.apple.tccd");
        Assert.Equal(new[] { "Sandbox: <*> deny(<*>) mach-lookup <*>" }, Texts(t));
    }

    [Fact]
    public void Build_WhenAKeyFitsAMoreGeneralTemplate_JoinsIt()
    {
        // "user" at position 2 has 16 + 1 lines, as many as the constants of "Invalid user X from": by this
        // coincidence the key's own signature includes it and it forms a candidate group of its own.
        var keys = new List<LogTemplate>
        {
            Key("Invalid user admin from <*>", 8),
            Key("Invalid user test from <*>", 8),
            Key("Invalid user user from <*>", 1),
            Key("input_userauth_request: invalid user admin [preauth]", 16),
        };
        var set = TemplateMiner.Build(keys);
        Assert.Equal(set.KeyToTemplate[0], set.KeyToTemplate[2]);
        Assert.Equal("Invalid user <*> from <*>", set.Templates[set.KeyToTemplate[2]].Template);
        var without = TemplateMiner.Build(keys, TemplateMinerSettings.Default with { MergeIntoGeneralTemplates = false });
        Assert.NotEqual(without.KeyToTemplate[0], without.KeyToTemplate[2]);
    }

    private static readonly string[] s_clientLines =
    {
        "Client sensor-1 disconnected.", "Client sensor-2 disconnected.", "Client homeassistant disconnected.", "Client node-red disconnected.",
        "Client sensor-3 has exceeded timeout, disconnecting.", "Client node-red has exceeded timeout, disconnecting.",
        "Client homeassistant closed its connection.", "Client sensor-4 closed its connection.", "Client node-red closed its connection.",
        "Client sensor-5 already connected, closing old connection.", "Client homeassistant already connected, closing old connection.",
        "Client sensor-6 disconnected, not authorised.", "Client node-red disconnected, not authorised.",
    };

    [Fact]
    public void Build_WhenAWordStandsWhereAnOtherwiseEqualKeyHasAMaskedValue_MakesItThatValue()
    {
        // "node-red" and "homeassistant" have no digit, but "Client <*> disconnected." exists: they are client ids,
        // not words of five statements that a phrase slot between "Client node-red" and "." would merge.
        Assert.Equal(new[]
        {
            "Client <*> already connected, closing old connection.", "Client <*> closed its connection.", "Client <*> disconnected, not authorised.",
            "Client <*> disconnected.", "Client <*> has exceeded timeout, disconnecting.",
        }, Texts(Mine(s_clientLines)));
        Assert.True(MineWith(TemplateMinerSettings.Default with { WordsSeenAsValues = false }, s_clientLines).Count < 5);
    }

    [Fact]
    public void Build_WhenTextOfSeveralLengthsFollowsALabelDeepInTheMessage_MakesItOneVariable()
    {
        var lines = new[]
        {
            "12:20240601 item \"db02:vfs.fs.size\" became not supported: Cannot obtain filesystem information: [2] No such file or directory",
            "13:20240602 item \"nginx:proc.num\" became not supported: Timeout while executing a shell script.",
            "14:20240603 item \"nas:net.if.in\" became not supported: Unsupported item key.",
        };
        Assert.Equal(new[] { "<*> item <*> became not supported: <*>" }, Texts(Mine(lines)));
        Assert.Equal(3, MineWith(TemplateMinerSettings.Default with { TailValues = false }, lines).Count);
    }

    [Fact]
    public void Build_WhenTextsAfterADeepLabelEndInTheSamePlainWord_KeepsTheStatementsApart()
    {
        // The label's value is followed by more of the statement: the texts are not one value.
        var t = Mine(
            "Server api/web-a is DOWN, reason: Layer4 connection problem, info: \"Connection refused\", check duration: 4ms. 1 active left in queue.",
            "Server api/web-b is DOWN, reason: Layer4 connection problem, info: \"Connection refused\", check duration: 8ms. 2 active left in queue.",
            "Server api/web-a is DOWN, reason: Layer7 timeout, check duration: 3615ms. 3 active left in queue.",
            "Server api/web-c is DOWN, reason: Layer7 timeout, check duration: 3212ms. 1 active left in queue.");
        Assert.Equal(2, t.Count);
    }

    [Fact]
    public void Build_WhenALabelStandsAmongTheLeadingHeaderWords_TreatsItAsAComponent()
    {
        var lines = new[]
        {
            "[INFO]  core: vault is unsealed", "[INFO]  core: acquired lock, enabling active operation",
            "[WARN]  core: leadership lost, stopping active operation", "[INFO]  core: security barrier not initialized",
            "[INFO]  agent: Synced service: service=redis-ff607eb1", "[INFO]  agent: Synced service: service=nats-4a290b9e",
            "[INFO]  agent: Deregistered service: service=redis-4a290b9e", "[INFO]  agent: Deregistered service: service=nats-ff607eb1",
        };
        var t = Mine(lines);
        Assert.Equal(6, t.Count);
        Assert.Contains("[INFO] agent: Synced service: service=<*>", Texts(t));
        Assert.True(MineWith(TemplateMinerSettings.Default with { HeaderLabelsAreComponents = false }, lines).Count < 6);
    }

    [Fact]
    public void Build_WhenThreeBracketedPhrasesEndTheMessage_MakesThemOneVariable()
    {
        var lines = new[]
        {
            "CRON[1201]: (root) CMD (cd / && run-parts --report /etc/cron.hourly)",
            "CRON[1202]: (root) CMD (/usr/local/bin/backup-mongo.sh)",
            "CRON[1203]: (root) CMD (php /var/www/nextcloud/cron.php)",
            "CRON[1204]: (root) CMD (command -v debian-sa1 > /dev/null && debian-sa1 1 1)",
        };
        // The words before the phrase are the frame: they must repeat (a word value there, such as
        // another user, makes frames of its own; stage 2 joins those only if they have slots too).
        Assert.Equal(new[] { "CRON[<*>]: (root) CMD (<*>)" }, Texts(Mine(lines)));
        // Two phrases may be two statements.
        Assert.Equal(2, Mine("cron[301]: (CRON) INFO (pidfile fd = 3)", "cron[302]: (CRON) INFO (Running @reboot jobs)").Count);
    }

    [Fact]
    public void Build_WhenAColumnHoldsValuesOfDifferentNames_KeepsTheStatementsApart()
    {
        var lines = new[]
        {
            "type=LOGIN_ERROR, clientId=grafana, error=invalid_user_credentials, code_id=1, username=alice",
            "type=LOGIN_ERROR, clientId=rocketchat, error=user_not_found, code_id=2, username=bob",
            "type=LOGIN, clientId=grafana, consent=no_consent_required, code_id=3, username=carol",
            "type=LOGIN, clientId=rocketchat, consent=no_consent_required, code_id=4, username=dave",
        };
        Assert.Equal(2, Mine(lines).Count);
        Assert.Single(MineWith(TemplateMinerSettings.Default with { NamedFieldsAreStructure = false }, lines));
    }

    [Fact]
    public void Build_WhenAColumnHasThreeUpperCaseNames_MakesItAVariable()
    {
        var lines = new[]
        {
            "manager: NetworkManager state is now CONNECTED_SITE", "manager: NetworkManager state is now CONNECTING",
            "manager: NetworkManager state is now ASLEEP", "manager: NetworkManager state is now CONNECTING",
        };
        Assert.Equal(new[] { "manager: NetworkManager state is now <*>" }, Texts(Mine(lines)));
        // (A slot's value after "is now" is a value as well since round 6: both rules off to see this one's worth.)
        Assert.Equal(3, MineWith(TemplateMinerSettings.Default with { ConstantNamesAreValues = false, TransitionsEndInValues = false }, lines).Count);
        // Two (UP/DOWN) are as often two statements.
        Assert.Equal(2, Mine("InetAddress /10.0.0.1 is now UP", "InetAddress /10.0.0.2 is now DOWN", "InetAddress /10.0.0.3 is now UP").Count);
    }

    [Fact]
    public void Build_WhenWordsDifferOnlyBetweenTheSameQuotes_MakesThemOneVariable()
    {
        var lines = new[]
        {
            "New client connected from 10.0.0.1:5100 as sensor-1 (p2, c1, k60, u'sensor').",
            "New client connected from 10.0.0.2:5101 as sensor-2 (p2, c1, k60, u'ha').",
            "New client connected from 10.0.0.3:5102 as sensor-3 (p2, c1, k60, u'admin').",
        };
        Assert.Single(Mine(lines));
        Assert.Equal(3, MineWith(TemplateMinerSettings.Default with { QuotedWordsAreValues = false }, lines).Count);
    }

    [Fact]
    public void Build_WhenALabelInsideBracketsIsFollowedByTextOfSeveralLengths_MakesItOneVariableUpToTheBracket()
    {
        var lines = new[]
        {
            "Servlet.service() threw exception [Request processing failed: java.lang.NullPointerException] with root cause",
            "Servlet.service() threw exception [Request processing failed: org.example.DataException: could not execute statement] with root cause",
            "Servlet.service() threw exception [Request processing failed: java.lang.IllegalStateException: Order 12 already shipped] with root cause",
        };
        Assert.Equal(new[] { "<*>() threw exception [Request processing failed: <*>] with root cause" }, Texts(Mine(lines)));
        Assert.Equal(3, MineWith(TemplateMinerSettings.Default with { BracketedLabelValues = false }, lines).Count);
    }

    [Fact]
    public void Build_WhenALoneDashIntroducesReasonsOfSeveralLengths_MakesThemOneVariable()
    {
        var t = Mine(
            "Request 'INVITE' from '<sip:100@10.0.0.1>' failed for '10.0.0.1:5060' (callid: a1) - Failed to authenticate",
            "Request 'INVITE' from '<sip:101@10.0.0.2>' failed for '10.0.0.2:5060' (callid: a2) - No matching endpoint found",
            "Request 'REGISTER' from '<sip:102@10.0.0.3>' failed for '10.0.0.3:5060' (callid: a3) - Not a local domain");
        Assert.Single(t);
    }

    [Fact]
    public void Build_WhenAWordFollowsAPreposition_MakesItAVariable()
    {
        var lines = new[]
        {
            "Completed compaction of 3 file(s) in info of usertable,,1700000001.9f2c. into 1a2b(size=1.2 M)",
            "Completed compaction of 4 file(s) in cf of events,,1700000002.8e1d. into 3c4d(size=3.4 M)",
            "Completed compaction of 5 file(s) in d of messages,,1700000003.7d0e. into 5e6f(size=5.6 M)",
        };
        Assert.Single(Mine(lines));
        Assert.Equal(3, MineWith(TemplateMinerSettings.Default with { PrepositionsIntroduceValues = false }, lines).Count);
    }

    [Fact]
    public void Build_WhenFieldsAreJoinedByInnerSemicolons_MakesTheRecordOneValueAfterItsPrefix()
    {
        var lines = new[]
        {
            "SERVICE ALERT: web02;MySQL Replication;WARNING;SOFT;4;SWAP WARNING - 33% free (455 MB out of 2047 MB)",
            "SERVICE ALERT: db01;Current Load;CRITICAL;HARD;3;CRITICAL - load average: 9.1, 8.2, 7.5",
            "SERVICE ALERT: nas01;Disk /var;OK;HARD;1;DISK OK - free space: / 3326 MB (56% inode=99%):",
        };
        Assert.Equal(new[] { "SERVICE ALERT: <*>" }, Texts(Mine(lines)));
        Assert.Equal(3, MineWith(TemplateMinerSettings.Default with { FieldRecordsAreValues = false }, lines).Count);
    }

    [Fact]
    public void MaskFieldRecord_KeepsTheFreeTextAfterALastSemicolonAndSpace_AndLeavesSingleSemicolonsAlone()
    {
        Assert.Equal("SERVICE FLAPPING ALERT: <*> Service appears to have started flapping",
            TemplateMiner.MaskFieldRecord("SERVICE FLAPPING ALERT: nas01;MySQL Replication;STARTED; Service appears to have started flapping"));
        Assert.Equal("wproc: Registry request: name=<*> Worker <*>;pid=<*>", TemplateMiner.MaskFieldRecord("wproc: Registry request: name=<*> Worker <*>;pid=<*>"));
        Assert.Equal("a;b;c;d", TemplateMiner.MaskFieldRecord("a;b;c;d"));
        Assert.Equal("wrote 8 buffers; 1 added; 2 removed", TemplateMiner.MaskFieldRecord("wrote 8 buffers; 1 added; 2 removed"));
    }

    [Fact]
    public void Build_WhenUpperCaseTitlesOpenTheMessage_KeepsEachTitleItsOwnStatement()
    {
        var lines = new[]
        {
            "HOST ALERT: nas01;DOWN;SOFT;2;PING CRITICAL - Packet loss = 100%",
            "HOST ALERT: web02;UP;HARD;1;PING OK - Packet loss = 0%",
            "HOST NOTIFICATION: netops;nas01;UP;notify-host-by-email;PING OK",
            "HOST NOTIFICATION: ops;web02;DOWN;notify-host-by-email;CRITICAL",
            "SERVICE ALERT: web02;HTTP;WARNING;SOFT;4;HTTP WARNING",
            "SERVICE ALERT: db01;SSH;OK;HARD;1;SSH OK",
            "SERVICE NOTIFICATION: ops;db01;SSH;CRITICAL;notify-service-by-email;Connection refused",
            "SERVICE NOTIFICATION: ops;web01;HTTP;OK;notify-service-by-email;HTTP OK",
        };
        Assert.Equal(new[] { "HOST ALERT: <*>", "HOST NOTIFICATION: <*>", "SERVICE ALERT: <*>", "SERVICE NOTIFICATION: <*>" }, Texts(Mine(lines)));
    }

    [Fact]
    public void Build_WhenAnUpperCaseTitleFollowsBracketedHeaderWords_KeepsEachTitleItsOwnStatement()
    {
        var lines = new List<string>();
        string[] actions = { "LOGIN", "DOWNLOAD", "UPLOAD", "MKDIR", "DELETE", "RENAME" };
        for (int i = 0; i < 12; i++)
            lines.Add($"[pid {1000 + i}] [user{i % 3}] OK {actions[i % actions.Length]}: Client \"10.0.0.{i}\"");
        Assert.Equal(actions.Length, Mine(lines.ToArray()).Count);
    }

    [Fact]
    public void Build_WhenAWordFollowsToAfterASlotNoun_MakesItAVariable()
    {
        var lines = new[]
        {
            "%LINK-3-UPDOWN: Interface GigabitEthernet0/1, changed state to up",
            "%LINK-3-UPDOWN: Interface GigabitEthernet0/2, changed state to down",
            "%LINK-3-UPDOWN: Interface GigabitEthernet0/3, changed state to up",
        };
        Assert.Single(Mine(lines));
        Assert.Equal(2, MineWith(TemplateMinerSettings.Default with { SlotNounsBeforeTo = false }, lines).Count);
    }

    [Fact]
    public void Build_WhenABracketedPairIsALabelAndAValue_MakesTheValueAVariable()
    {
        var lines = new[]
        {
            // Pool names that are English words: names that are none (www, nextcloud) the word list makes values anyway.
            "[pool web] child 4101 started",
            "[pool admin] child 4102 started",
            "[pool shop] child 4103 started",
        };
        Assert.Equal(new[] { "[pool <*>] child <*> started" }, Texts(Mine(lines)));
        Assert.Equal(3, MineWith(TemplateMinerSettings.Default with { BracketedLabelPairs = false }, lines).Count);
    }

    [Fact]
    public void Build_WhenNamesOfSeveralLengthsStandBeforeABracketedValue_MakesTheNameOneVariable()
    {
        var lines = new[]
        {
            "Source: kafka-orders -> Map (1/4) switched from RUNNING to FAILED.",
            "KeyedProcess (2/4) switched from RUNNING to FAILED.",
            "Sink: Writer -> Sink: Committer (3/4) switched from RUNNING to FAILED.",
            "Source: fraud-rules (1/2) switched from RUNNING to FAILED.",
        };
        Assert.Equal(new[] { "<*> (<*>) switched from RUNNING to FAILED." }, Texts(Mine(lines)));
        Assert.True(MineWith(TemplateMinerSettings.Default with { NamesBeforeBracketedValues = false }, lines).Count > 1);
    }

    [Fact]
    public void Build_WhenAWordFollowsAnArrowFromAValue_MakesItAVariable()
    {
        var lines = new[]
        {
            "Updated health status: Progressing -> Healthy",
            "Updated health status: Healthy -> Degraded",
            "Updated health status: Missing -> Progressing",
            "Updated health status: Progressing -> Healthy",
        };
        Assert.Equal(new[] { "Updated health status: <*> -> <*>" }, Texts(Mine(lines)));
        Assert.True(MineWith(TemplateMinerSettings.Default with { TransitionsEndInValues = false }, lines).Count > 1);
    }

    [Fact]
    public void Build_WhenAWordFollowsToAFewWordsAfterASlotNoun_MakesItAVariable()
    {
        var lines = new[]
        {
            "update the status of execution 41 to Error",
            "update the status of execution 42 to Stopped",
            "update the status of execution 43 to Running",
            "update the status of execution 44 to Success",
        };
        Assert.Equal(new[] { "update the status of execution <*> to <*>" }, Texts(Mine(lines)));
        Assert.Equal(4, MineWith(TemplateMinerSettings.Default with { TransitionsEndInValues = false }, lines).Count);
    }

    [Fact]
    public void Build_WhenAWordEndsASlotsChangeAfterAVerbOrALinkingWord_MakesItAVariable()
    {
        var setTo = new[]
        {
            "update_node: node cn17 state set to DRAINING",
            "update_node: node cn18 state set to IDLE",
            "update_node: node cn19 state set to DRAINING",
        };
        Assert.Single(Mine(setTo));
        Assert.Equal(2, MineWith(TemplateMinerSettings.Default with { TransitionsEndInValues = false }, setTo).Count);
        var linking = new[]
        {
            "msg=\"Skipping auto-sync: application status is OutOfSync\" application=web",
            "msg=\"Skipping auto-sync: application status is Synced\" application=api",
            "msg=\"Skipping auto-sync: application status is Synced\" application=web",
        };
        Assert.Single(Mine(linking));
    }

    [Fact]
    public void Build_WhenToStartsAnInfinitiveAfterAValue_LeavesTheStatementsApart()
    {
        var lines = new[]
        {
            "Waiting for 12 to start",
            "Waiting for 13 to stop",
            "Waiting for 14 to start",
        };
        // "to" after a value but with no slot noun before it: an infinitive, whose verbs are the statements' own words.
        Assert.Equal(2, Mine(lines).Count);
    }

    [Fact]
    public void Build_WhenTwoWordKeysPairALabelWithAValue_KeepsEachLabelAStatement()
    {
        var lines = new[]
        {
            "maxRetry: 3", "maxRetry: 5", "findtime: 600", "findtime: 3600", "banTime: 3600",
            "banTime: 86400", "maxLines: 10", "maxMatches: 20", "backend: auto",
        };
        Assert.Equal(new[] { "backend: auto", "banTime: <*>", "findtime: <*>", "maxLines: <*>", "maxMatches: <*>", "maxRetry: <*>" }, Texts(Mine(lines)));
        // Without the rule, five labels are more than a column may hold and still split statements: one "<*> <*>".
        Assert.Equal(2, MineWith(TemplateMinerSettings.Default with { LabelsOfLoneValuesAreStatements = false }, lines).Count);
    }

    [Fact]
    public void Build_WhenASentenceStandsBeforeABracketedValue_DoesNotMakeItAName()
    {
        var lines = new[]
        {
            "'web01' could not initialize memory: Ran out of memory (0x8007000E). (Virtual machine ID 9CD3B4B0-B75A-4389-92FF-576DFE65221C)",
            "'web02' could not initialize memory: Ran out of memory (0x8007000E). (Virtual machine ID A39E8756-6452-BA5B-68A2-FEE6328AC820)",
            "'sql01' failed to start worker process: The system cannot find the file specified. (0x80070002). (Virtual machine ID 2ABCC3E6-2765-04CF-2F07-F39A050A1C8C)",
            "'sql02' failed to start worker process: Insufficient system resources exist to complete the requested service. (0x800705AA). (Virtual machine ID 49CDD6EE-4F4B-BA99-C5B0-BECAAB20AD6B)",
        };
        // Two statements (the worker-process reasons are one tail value); as names, the sentences would make one.
        Assert.Equal(2, Mine(lines).Count);
        Assert.Single(MineWith(TemplateMinerSettings.Default with { NamesAreShort = false }, lines));
    }

    [Fact]
    public void Build_WhenAPhraseStandsWhereOtherKeysHaveOneWordAfterAnIntroducer_MakesItOneVariable()
    {
        var lines = new[]
        {
            "Heartbeat service for vm 7 reported status OK. (Virtual machine ID 9CD3B4B0)",
            "Heartbeat service for vm 8 reported status Error. (Virtual machine ID A39E8756)",
            "Heartbeat service for vm 9 reported status No Contact. (Virtual machine ID EB10BC7C)",
            "Heartbeat service for vm 3 reported status Lost Communication. (Virtual machine ID 2ABCC3E6)",
        };
        Assert.Equal(new[] { "Heartbeat service for vm <*> reported status <*>. (Virtual machine ID <*>)" }, Texts(Mine(lines)));
        Assert.True(MineWith(TemplateMinerSettings.Default with { PhraseSlots = false }, lines).Count > 1);
    }

    [Fact]
    public void Build_WhenABracketedPhraseStandsWhereOtherKeysHaveOneBracketedWord_MakesItOneVariable()
    {
        var lines = new[]
        {
            "Sending 3 offers to framework fw-0001 (Spark Pi) at scheduler-1@10.0.0.1:5050",
            "Sending 4 offers to framework fw-0002 (chronos) at scheduler-2@10.0.0.2:5050",
            "Sending 5 offers to framework fw-0003 (marathon) at scheduler-3@10.0.0.3:5050",
            "Sending 6 offers to framework fw-0004 (jenkins) at scheduler-4@10.0.0.4:5050",
        };
        Assert.Single(Mine(lines));
        Assert.Equal(2, MineWith(TemplateMinerSettings.Default with { PhraseSlots = false }, lines).Count);
    }

    [Fact]
    public void Build_WhenAPhraseAfterAnIntroducerAnnouncesItsOwnValue_LeavesTheStatementsApart()
    {
        var lines = new[]
        {
            "Failed password for root from 10.0.0.1 port 22 ssh2",
            "Failed password for admin from 10.0.0.2 port 22 ssh2",
            "Failed password for invalid user ubuntu from 10.0.0.3 port 22 ssh2",
            "Failed password for invalid user pi from 10.0.0.4 port 22 ssh2",
            "Failed password for invalid user test from 10.0.0.5 port 22 ssh2",
        };
        Assert.Equal(2, Mine(lines).Count);
    }

    [Fact]
    public void Build_WhenAKeyEndsInAValueAnotherKeyDoesWithout_LeavesTheStatementsApart()
    {
        var lines = new[]
        {
            "authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=10.0.0.1 user=root",
            "authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=10.0.0.2",
            "authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=10.0.0.3 user=root",
        };
        // A last field is as often the statement's own (Loghub's OpenSSH and Linux labels keep "user=" apart).
        Assert.Equal(2, Mine(lines).Count);
    }

    [Fact]
    public void Build_WhenOnlyALoggerNameInBracketsEndsTheMessages_LeavesTheStatementsApart()
    {
        var lines = new[]
        {
            "Loading producer state till offset 12 (kafka.log.Log)",
            "Deleting segments due to retention time breach (kafka.log.Log)",
            "Rolled new log segment at offset 40 in 3 ms. (kafka.log.Log)",
        };
        Assert.Equal(3, Mine(lines).Count);
    }

    [Fact]
    public void Build_GivesEachTemplateTheIdOfItsText()
    {
        var t = Mine("Migrations: Not migrating, already at version 55", "Migrations: Not migrating, already at version 56");
        Assert.Equal(LogTemplate.IdFor("Migrations: Not migrating, already at version <*>"), t[0].TemplateId);
        Assert.Equal(t[0].TemplateId, Mine("Migrations: Not migrating, already at version 300")[0].TemplateId);
    }

    [Fact]
    public void Build_SumsCountsLevelsAndTimesOverTheKeysOfATemplate()
    {
        var a = Key("Sending test email to <*>", 3);
        a.LevelCounts["Info"] = 3;
        a.FirstSeen = new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc);
        a.LastSeen = new DateTime(2024, 1, 5, 0, 0, 0, DateTimeKind.Utc);
        var b = Key("Sending test email to <*>", 2);
        b.Template = "Sending test email to someone";
        b.LevelCounts["Error"] = 2;
        b.FirstSeen = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        b.LastSeen = new DateTime(2024, 1, 3, 0, 0, 0, DateTimeKind.Utc);
        var t = Assert.Single(TemplateMiner.Build(new List<LogTemplate> { a, b }).Templates);
        Assert.Equal(5, t.Count);
        Assert.Equal(3, t.CountFor(LogLevel.Info));
        Assert.Equal(2, t.CountFor(LogLevel.Error));
        Assert.Equal(b.FirstSeen, t.FirstSeen);
        Assert.Equal(a.LastSeen, t.LastSeen);
        Assert.Equal(a.Example, t.Example);
    }

    [Fact]
    public void Build_OrdersTemplatesByCountThenByFirstAppearance()
    {
        var t = Mine("Checking for version updates", "New Enterprise License", "New Enterprise License", "License installed", "License installed");
        Assert.Equal(new[] { "New Enterprise License", "License installed", "Checking for version updates" }, t.Select(x => x.Template));
    }

    [Fact]
    public void Build_WhenTheKeysAreShuffled_GroupsTheSame()
    {
        var lines = TemplateTestData.Lines.Where(l => l.Style is "OpenSSH" or "Hadoop" or "RocketChat").Select(l => l.Message).ToList();
        var table = new TemplateTable(new LogAnalysisOptions());
        foreach (string m in lines) table.Add(Encoding.UTF8.GetBytes(m), LogLevel.Info, 0);
        var keys = table.ToList();
        var expected = Summary(TemplateMiner.Build(keys).Templates);
        var rnd = new Random(3);
        for (int round = 0; round < 5; round++)
        {
            var shuffled = keys.OrderBy(_ => rnd.Next()).ToList();
            Assert.Equal(expected, Summary(TemplateMiner.Build(shuffled).Templates));
        }

        static string[] Summary(List<LogTemplate> ts) => ts.Select(t => t.Template + " | " + t.Count).OrderBy(s => s, StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public void Build_WhenThereAreNoKeys_ReturnsNoTemplates() => Assert.Empty(TemplateMiner.Build(new List<LogTemplate>()).Templates);

    [Theory]
    [InlineData("user", false, true)]
    [InlineData("for", false, true)]
    [InlineData("to:", false, true)]
    [InlineData("to", false, false)]
    [InlineData("kernel:", true, false)]
    [InlineData("Error:", false, false)]
    [InlineData("state", false, true)]
    [InlineData("column", false, true)]
    public void IsIntroducer_RecognisesWordsThatAnnounceAValue(string word, bool first, bool expected) =>
        Assert.Equal(expected, TemplateMiner.IsIntroducer(word, first));

    private static LogTemplate Key(string text, long count) => new() { Template = text, Count = count, Example = text };
}
