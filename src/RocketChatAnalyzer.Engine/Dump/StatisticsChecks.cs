using System.Globalization;
using Newtonsoft.Json.Linq;

namespace RocketChatAnalyzer.Dump;

/// <summary>
/// Reads the statistics (<c>IStats</c>, from <c>GET /api/v1/statistics</c> or "Download Info") and runs
/// the checks on its real fields: host memory (<c>os.totalmem/freemem</c> — there is no
/// <c>process.memory</c>), load average per CPU, online users per instance, uploads size, Mongo
/// version, oplog, instance count vs microservices, uncaught exceptions, locked migration, version
/// age, message volume, rooms ratio and failed apps. Nothing depends on a <c>process</c> object.
/// </summary>
internal static class StatisticsChecks
{
    /// <summary>The statistics document of a file: nested <c>statistics</c>, the latest of an array (Mongo export), or the root.</summary>
    public static JObject? SelectDocument(JToken root, out JObject? outer)
    {
        outer = root as JObject;
        switch (root)
        {
            case JObject o when DumpJson.Get(o, "statistics") is JObject nested:
                return nested;
            case JObject o:
                return o;
            case JArray a:
                JObject? best = null;
                DateTime? bestDate = null;
                foreach (var t in a)
                {
                    if (t is not JObject doc) continue;
                    var created = DumpJson.ReadDate(DumpJson.Get(doc, "createdAt"));
                    if (best is null || (created is DateTime c && (bestDate is null || c >= bestDate))) { best = doc; bestDate = created ?? bestDate; }
                }
                outer = best;
                return best;
            default:
                return null;
        }
    }

    public static StatisticsSummary Summarize(JObject s, JObject? outer)
    {
        JToken? G(string name) => DumpJson.Get(s, name) ?? (outer is not null && !ReferenceEquals(outer, s) ? DumpJson.Get(outer, name) : null);
        var os = DumpJson.Get(s, "os");
        var process = DumpJson.Get(s, "process");
        var migration = DumpJson.Get(s, "migration");
        var apps = DumpJson.Get(s, "apps");
        var deploy = DumpJson.Get(s, "deploy");

        var r = new StatisticsSummary
        {
            Present = true,
            Version = DumpJson.ReadString(G("version")),
            UniqueId = DumpJson.ReadString(G("uniqueId")),
            InstalledAt = DumpJson.ReadDate(G("installedAt")),
            CreatedAt = DumpJson.ReadDate(G("createdAt")),
            TotalUsers = DumpJson.ReadLong(G("totalUsers")),
            ActiveUsers = DumpJson.ReadLong(G("activeUsers")),
            OnlineUsers = DumpJson.ReadLong(G("onlineUsers")),
            AwayUsers = DumpJson.ReadLong(G("awayUsers")),
            BusyUsers = DumpJson.ReadLong(G("busyUsers")),
            OfflineUsers = DumpJson.ReadLong(G("offlineUsers")),
            TotalRooms = DumpJson.ReadLong(G("totalRooms")),
            TotalChannels = DumpJson.ReadLong(G("totalChannels")),
            TotalPrivateGroups = DumpJson.ReadLong(G("totalPrivateGroups")),
            TotalDirect = DumpJson.ReadLong(G("totalDirect")),
            TotalLivechat = DumpJson.ReadLong(G("totalLivechat")),
            TotalMessages = DumpJson.ReadLong(G("totalMessages")),
            UploadsTotal = DumpJson.ReadLong(G("uploadsTotal")),
            UploadsTotalSize = DumpJson.ReadLong(G("uploadsTotalSize")),
            OsType = DumpJson.ReadString(DumpJson.Get(os, "type")),
            OsPlatform = DumpJson.ReadString(DumpJson.Get(os, "platform")),
            OsRelease = DumpJson.ReadString(DumpJson.Get(os, "release")),
            Arch = DumpJson.ReadString(DumpJson.Get(os, "arch")),
            TotalMemory = DumpJson.ReadLong(DumpJson.Get(os, "totalmem")),
            FreeMemory = DumpJson.ReadLong(DumpJson.Get(os, "freemem")),
            OsUptime = DumpJson.ReadDouble(DumpJson.Get(os, "uptime")),
            NodeVersion = DumpJson.ReadString(DumpJson.Get(process, "nodeVersion")),
            ProcessUptime = DumpJson.ReadDouble(DumpJson.Get(process, "uptime")),
            MongoVersion = DumpJson.ReadString(G("mongoVersion")),
            MongoStorageEngine = DumpJson.ReadString(G("mongoStorageEngine")),
            OplogEnabled = DumpJson.ReadBool(G("oplogEnabled")),
            InstanceCount = DumpJson.ReadLong(G("instanceCount")) is long ic ? (int)Math.Clamp(ic, int.MinValue, int.MaxValue) : null,
            MicroservicesEnabled = DumpJson.ReadBool(G("msEnabled")),
            UncaughtExceptionsCount = DumpJson.ReadLong(G("uncaughtExceptionsCount")),
            MigrationLocked = DumpJson.ReadBool(DumpJson.Get(migration, "locked")),
            MigrationVersion = DumpJson.ReadLong(DumpJson.Get(migration, "version")),
            DeployMethod = DumpJson.ReadString(DumpJson.Get(deploy, "method")),
            DeployPlatform = DumpJson.ReadString(DumpJson.Get(deploy, "platform")),
            LivechatEnabled = DumpJson.ReadBool(G("livechatEnabled")),
            EnterpriseReady = DumpJson.ReadBool(G("enterpriseReady")),
            // apps.* are ints, or false when the Apps-Engine is not initialised.
            AppsTotalInstalled = DumpJson.ReadLong(DumpJson.Get(apps, "totalInstalled")),
            AppsTotalActive = DumpJson.ReadLong(DumpJson.Get(apps, "totalActive")),
            AppsTotalFailed = DumpJson.ReadLong(DumpJson.Get(apps, "totalFailed")),
            AppsEngineVersion = DumpJson.ReadString(DumpJson.Get(apps, "engineVersion")),
            PushQueue = DumpJson.ReadLong(G("pushQueue")),
            TotalLivechatAgents = DumpJson.ReadLong(G("totalLivechatAgents")),
            RoutingAlgorithm = DumpJson.ReadString(G("routingAlgorithm")),
        };

        if (DumpJson.Get(os, "loadavg") is JArray load)
        {
            var values = new List<double>(3);
            foreach (var t in load) if (DumpJson.ReadDouble(t) is double d) values.Add(d);
            r.LoadAverage = values.ToArray();
        }
        if (DumpJson.Get(os, "cpus") is JArray cpus && cpus.Count > 0) r.CpuCount = cpus.Count;

        if (r.TotalMemory is long total && total > 0 && r.FreeMemory is long free && free >= 0)
            r.HostMemoryUsedPercent = Math.Round((1 - (double)free / total) * 100, 2);
        // The 1-minute value, as docs/SAMPLES.md defines it (and as "uptime"/"top" show first).
        if (r.LoadAverage is { Length: > 0 } la && r.CpuCount is int n && n > 0)
            r.LoadAveragePerCpu = Math.Round(la[0] / n, 4);
        if (r.TotalUsers is long users && users > 0 && r.OnlineUsers is long online)
            r.OnlinePercentage = Math.Round(100d * online / users, 2);
        if (r.OnlineUsers is long on)
            r.UserLoadLevel = on > 1000 ? "High" : on > 100 ? "Medium" : "Low";
        if (r.TotalMessages is long messages)
            r.MessageVolumeLevel = messages > 1_000_000 ? "High" : messages > 100_000 ? "Medium" : "Low";
        if (r.Version is { } v) r.VersionReleased = RocketChatReleases.Released(v, out _);
        return r;
    }

    public static void Run(DumpContext ctx)
    {
        if (ctx.StatisticsSummary is not { } s) return;
        string src = ctx.StatisticsSource;
        var t = ctx.T;

        if (s.HostMemoryUsedPercent is double mem && mem > t.MemoryUsagePercent)
            ctx.Add(RuleIds.HostMemory, FindingSeverity.Warning, FindingCategory.Performance, src, "os.freemem/os.totalmem",
                string.Create(CultureInfo.InvariantCulture, $"Host memory {mem:0.#}% in use ({Gib(s.TotalMemory!.Value - s.FreeMemory!.Value)} of {Gib(s.TotalMemory.Value)}; threshold {t.MemoryUsagePercent:0}%). Note: Linux free memory excludes the page cache."),
                "Check memory use on the host (docker stats / top); give the server more RAM or move MongoDB to its own host, and scale out with more instances if Node.js processes are large.",
                1, Fmt(mem) + "%");

        if (s.LoadAveragePerCpu is double lpc && lpc > t.LoadAveragePerCpu)
            ctx.Add(RuleIds.LoadAverage, FindingSeverity.Warning, FindingCategory.Performance, src, "os.loadavg",
                string.Create(CultureInfo.InvariantCulture, $"Load average {lpc:0.##} per CPU ({s.CpuCount} CPUs; threshold {t.LoadAveragePerCpu:0.##}): the host is CPU-saturated."),
                "Add CPUs or instances (with a load balancer), and look for hot spots in the log (slow queries, busy integrations, apps).",
                1, Fmt(lpc));

        if (s.OnlineUsers is long online)
        {
            int instances = Math.Max(1, s.InstanceCount ?? 1);
            double perInstance = (double)online / instances;
            if (perInstance > t.MaxOnlineUsersPerInstance)
                ctx.Add(RuleIds.OnlineUsers, FindingSeverity.Warning, FindingCategory.Performance, src, "onlineUsers",
                    string.Create(CultureInfo.InvariantCulture, $"High user load: {online} users online on {instances} instance(s) ({perInstance:0} per instance; threshold {t.MaxOnlineUsersPerInstance})."),
                    "Scale horizontally: run more Rocket.Chat instances behind a load balancer (sticky sessions) on a MongoDB replica set.",
                    online, online.ToString(CultureInfo.InvariantCulture));
        }

        if (s.UploadsTotalSize is long uploads && uploads > t.UploadsTotalSizeGB * 1024 * 1024 * 1024)
        {
            var storage = ctx.Setting("FileUpload_Storage_Type")?.Text;
            bool gridFs = string.Equals(storage, "GridFS", StringComparison.OrdinalIgnoreCase);
            ctx.Add(RuleIds.UploadsSize, gridFs ? FindingSeverity.Warning : FindingSeverity.Info, FindingCategory.Performance, src, "uploadsTotalSize",
                $"Uploaded files take {Gib(uploads)} (threshold {t.UploadsTotalSizeGB.ToString("0.#", CultureInfo.InvariantCulture)} GiB)" + (gridFs ? ", stored in MongoDB (GridFS): the database, its backups and its replication grow with them." : "."),
                $"Move uploads to object storage (S3/MinIO) and prune old files (retention policy, file cleanup): {AdminPaths.FileUpload} → Storage Type.",
                1, uploads.ToString(CultureInfo.InvariantCulture));
        }

        if (s.MongoVersion is { } mongo && RocketChatReleases.ParseVersion(mongo) is { } mv && RocketChatReleases.ParseVersion(t.MinMongoVersion) is { } min
            && RocketChatReleases.CompareVersions(mv, min) < 0)
            ctx.Add(RuleIds.MongoVersion, FindingSeverity.Warning, FindingCategory.Statistics, src, "mongoVersion",
                $"MongoDB {mongo} is older than {t.MinMongoVersion}, the minimum this analysis expects; recent Rocket.Chat versions refuse to start on old MongoDB versions.",
                $"Upgrade MongoDB (one major version at a time, setting featureCompatibilityVersion after each) to {t.MinMongoVersion} or later before upgrading Rocket.Chat.",
                1, mongo);

        if (s.OplogEnabled == false)
            ctx.Add(RuleIds.OplogDisabled, FindingSeverity.Warning, FindingCategory.Statistics, src, "oplogEnabled",
                "MongoDB oplog is not enabled: Rocket.Chat needs a replica set (even a single-node one) for real-time updates (change streams).",
                "Run MongoDB as a replica set (rs.initiate()) and point MONGO_URL/MONGO_OPLOG_URL at it.",
                1, "false");

        if (s.InstanceCount is int ic && ic > 1 && s.MicroservicesEnabled == false)
            ctx.Add(RuleIds.MultiInstance, FindingSeverity.Warning, FindingCategory.Configuration, src, "instanceCount",
                string.Create(CultureInfo.InvariantCulture, $"{ic} monolith instances run without microservices (msEnabled false){(s.EnterpriseReady == true ? "" : "; enterpriseReady is not true")}. Rocket.Chat's Workspace page warns about this: multiple instances need a licence that allows them."),
                $"Check that the licence covers {ic} instances and that all instances share one MongoDB replica set and file storage ({AdminPaths.WorkspaceInfo}).",
                1, ic.ToString(CultureInfo.InvariantCulture));

        if (s.UncaughtExceptionsCount is long ue && ue > t.UncaughtExceptions)
            ctx.Add(RuleIds.UncaughtExceptions, FindingSeverity.Warning, FindingCategory.Statistics, src, "uncaughtExceptionsCount",
                string.Create(CultureInfo.InvariantCulture, $"{ue} uncaught exception(s) since the server started."),
                "Look for the matching errors in the log (they may have restarted parts of the server) and report reproducible ones to Rocket.Chat.",
                ue, ue.ToString(CultureInfo.InvariantCulture));

        if (s.MigrationLocked == true)
            ctx.Add(RuleIds.MigrationLocked, FindingSeverity.Error, FindingCategory.Statistics, src, "migration.locked",
                $"The database migration control is locked (version {s.MigrationVersion?.ToString(CultureInfo.InvariantCulture) ?? "?"}): a migration is running or crashed; the next start may stop at \"migration locked\".",
                "If no upgrade is running, back up the database and unlock the control document (db.migrations.updateOne({_id:'control'},{$set:{locked:false}})), then restart and watch the migration log.",
                1, "true");

        VersionAge(ctx, s, src);

        if (s.TotalMessages is long messages && messages > t.MaxMessages)
        {
            bool? retention = ctx.Setting("RetentionPolicy_Enabled")?.Bool;
            ctx.Add(RuleIds.MessageVolume, retention == true ? FindingSeverity.Info : FindingSeverity.Warning, FindingCategory.Performance, src, "totalMessages",
                string.Create(CultureInfo.InvariantCulture, $"High message volume: {messages:N0} messages (threshold {t.MaxMessages:N0})") + (retention == true ? "; a retention policy is enabled." : retention == false ? " and no retention policy." : "."),
                $"Consider message retention policies and pruning old rooms: {AdminPaths.Retention}.",
                messages, messages.ToString(CultureInfo.InvariantCulture));
        }

        if (s.TotalRooms is long rooms && s.TotalUsers is long users && users > 0 && (double)rooms / users > 50)
            ctx.Add(RuleIds.RoomsRatio, FindingSeverity.Info, FindingCategory.Performance, src, "totalRooms/totalUsers",
                string.Create(CultureInfo.InvariantCulture, $"High rooms-to-users ratio: {rooms:N0} rooms for {users:N0} users ({(double)rooms / users:0.#} per user)."),
                "Check for integrations or bots creating rooms in bulk; prune or archive unused rooms.",
                rooms, Fmt((double)rooms / users));

        if (s.AppsTotalFailed is long failed && failed > 0)
            ctx.Add(RuleIds.AppsFailed, FindingSeverity.Warning, FindingCategory.Apps, src, "apps.totalFailed",
                string.Create(CultureInfo.InvariantCulture, $"{failed} app(s) failed to start (statistics apps.totalFailed)."),
                $"Open {AdminPaths.Apps}, check the failed apps' status and logs; update, reconfigure or remove them.",
                failed, failed.ToString(CultureInfo.InvariantCulture));
    }

    private static void VersionAge(DumpContext ctx, StatisticsSummary s, string src)
    {
        if (s.Version is not { } version) return;
        var released = RocketChatReleases.Released(version, out bool olderThanTable);
        if (released is not DateTime rel) return;
        DateTime reference = s.CreatedAt ?? ctx.Now;
        int months = RocketChatReleases.MonthsBetween(rel, reference);
        int max = ctx.T.VersionMaxAgeMonths;
        if (!olderThanTable && months <= max) return;
        var (om, on) = RocketChatReleases.Oldest;
        string age = olderThanTable
            ? string.Create(CultureInfo.InvariantCulture, $"Rocket.Chat {version} is older than {om}.{on} (released {rel:yyyy-MM}) and long out of support")
            : string.Create(CultureInfo.InvariantCulture, $"Rocket.Chat {version} was released in {rel:yyyy-MM}, {months} months before {(s.CreatedAt is null ? "this analysis" : "these statistics were taken")} (threshold {max} months)");
        ctx.Add(RuleIds.VersionAge, olderThanTable || months > 2 * max ? FindingSeverity.Error : FindingSeverity.Warning, FindingCategory.Statistics, src, "version",
            age + "; old versions miss security fixes and lose access to cloud services (push gateway, marketplace) when they leave the support window.",
            "Upgrade Rocket.Chat to a supported release (check the upgrade path and MongoDB requirements in the release notes; back up first).",
            1, version);
    }

    private static string Gib(long bytes) => (bytes / 1073741824d).ToString("0.##", CultureInfo.InvariantCulture) + " GiB";

    private static string Fmt(double d) => d.ToString("0.##", CultureInfo.InvariantCulture);
}
