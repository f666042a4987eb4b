using System.Globalization;
using System.Text;
using RocketChatAnalyzer;

// Shared by the two bench tools: the templates bench mines these messages in memory, and
// `bench generate <file> <bytes> <seed> varied` writes them as pino lines.
/// <summary>Seeded Rocket.Chat-like messages (shapes from shared/corpus/rocketchat-real-lines.tsv, variables filled in).</summary>
internal static class RocketChatMessages
{
    private static readonly string[] s_methods = { "sendMessage", "loadHistory", "getRoomRoles", "livechat:getAgent", "readMessages", "getUsersOfRoom", "jitsi:updateTimeout", "sendSMTPTestEmail", "unreadMessages", "stream-notify-room" };
    private static readonly string[] s_users = { "alice", "bob", "carol.smith", "dave", "erin_ops", "support-bot", "frank", "grace.hopper", "heidi", "ivan" };
    private static readonly string[] s_hosts = { "mongo", "mongo-0.mongo", "rocketchat-mongodb", "db1.internal.example.com" };
    private const string MeteorChars = "23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz";

    public static (byte[] Buffer, int[] Offsets, LogLevel[] Levels) Generate(int count, int seed)
    {
        var rnd = new Random(seed);
        var ms = new MemoryStream(count * 90);
        var offsets = new int[count + 1];
        var levels = new LogLevel[count];
        var sb = new StringBuilder(256);
        for (int i = 0; i < count; i++)
        {
            offsets[i] = (int)ms.Position;
            sb.Clear();
            levels[i] = Next(rnd, sb);
            byte[] b = Encoding.UTF8.GetBytes(sb.ToString());
            ms.Write(b);
        }
        offsets[count] = (int)ms.Position;
        return (ms.ToArray(), offsets, levels);
    }

    private static string MeteorId(Random r)
    {
        Span<char> c = stackalloc char[17];
        for (int i = 0; i < 17; i++) c[i] = MeteorChars[r.Next(MeteorChars.Length)];
        return new string(c);
    }

    private static string Uuid(Random r)
    {
        Span<byte> b = stackalloc byte[16];
        r.NextBytes(b);
        return new Guid(b).ToString();
    }

    internal static LogLevel Next(Random r, StringBuilder sb)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (r.Next(20))
        {
            case 0:
                sb.Append("Exception while invoking method '").Append(s_methods[r.Next(s_methods.Length)]).Append("' TypeError: Cannot read property '_id' of undefined");
                return LogLevel.Error;
            case 1:
                sb.Append("Migrations: Not migrating, already at version ").Append(r.Next(180, 320).ToString(inv));
                return LogLevel.Info;
            case 2:
                sb.Append("Error sending push to gateway (").Append(r.Next(1, 6).ToString(inv)).Append(" try) -> {\"code\":109,\"error\":\"internal error trying to send apn notification\",\"errorId\":\"")
                  .Append(Uuid(r)).Append("\",\"status\":500}");
                return LogLevel.Error;
            case 3:
                sb.Append("Push: send message \"@").Append(s_users[r.Next(s_users.Length)]).Append("\" via query { userId: '").Append(MeteorId(r)).Append("' }");
                return LogLevel.Debug;
            case 4:
                sb.Append("MongoServerSelectionError: Server selection timed out after ").Append((r.Next(1, 4) * 10000).ToString(inv)).Append(" ms");
                return LogLevel.Error;
            case 5:
                sb.Append("Failed to connect to server [").Append(s_hosts[r.Next(s_hosts.Length)]).Append(":27017] on first connect [MongoError: connect ECONNREFUSED 172.17.0.").Append(r.Next(2, 250).ToString(inv)).Append(":27017]");
                return LogLevel.Error;
            case 6:
                sb.Append("Request ").Append(r.Next().ToString("x8", inv)).Append(" for method app:getStatus took ").Append(r.Next(1, 900).ToString(inv)).Append("ms");
                return LogLevel.Debug;
            case 7:
                sb.Append("Checking for version updates");
                return LogLevel.Info;
            case 8:
                sb.Append("Exception from sub stream-notify-room id ").Append(MeteorId(r));
                return LogLevel.Error;
            case 9:
                sb.Append("Error, too many requests. Please slow down. You must wait ").Append(r.Next(1, 61).ToString(inv)).Append(" seconds before trying this endpoint again. [error-too-many-requests]");
                return LogLevel.Warn;
            case 10:
                sb.Append("Sending test email to ").Append(s_users[r.Next(s_users.Length)]).Append("@example.com");
                return LogLevel.Info;
            case 11:
                sb.Append("Trying sending push to gateway again in ").Append((r.Next(1, 10) * 100).ToString(inv)).Append(" milliseconds");
                return LogLevel.Info;
            case 12:
                sb.Append("Failed to get Workspace AccessToken from Rocket.Chat Cloud");
                return LogLevel.Error;
            case 13:
                sb.Append("Authentication failed for user ").Append(s_users[r.Next(s_users.Length)]).Append(" from 10.0.").Append(r.Next(256).ToString(inv)).Append('.').Append(r.Next(1, 255).ToString(inv));
                return LogLevel.Warn;
            case 14:
                sb.Append("Migrating from version ").Append(r.Next(280, 300).ToString(inv)).Append(" -> ").Append(r.Next(300, 320).ToString(inv));
                return LogLevel.Startup;
            case 15:
                sb.Append("API ➔ debug POST: /api/v1/").Append(s_methods[r.Next(4)]).Append(' ').Append(r.Next(5, 900).ToString(inv)).Append("ms");
                return LogLevel.Http;
            case 16:
                sb.Append("Error: [").Append(Uuid(r)).Append("] Timeout: app process not ready");
                return LogLevel.Error;
            case 17:
                sb.Append("Meteor ➔ method ").Append(s_methods[r.Next(s_methods.Length)]).Append(" -> userId: ").Append(MeteorId(r)).Append(" , arguments:  {}");
                return LogLevel.Http;
            case 18:
                sb.Append("Using GridFS for custom sounds storage");
                return LogLevel.Info;
            default:
                sb.Append("Limit validation failed");
                return LogLevel.Info;
        }
    }
}
