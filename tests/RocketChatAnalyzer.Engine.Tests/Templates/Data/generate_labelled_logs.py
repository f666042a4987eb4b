#!/usr/bin/env python3
"""Writes labelled-logs.tsv: log messages in the style of 14 kinds of systems, each labelled with
the id of the statement (template) that produced it, for grouping-accuracy (GA) tests.

Usage: python3 generate_labelled_logs.py > labelled-logs.tsv   (deterministic: fixed seed)
       python3 generate_labelled_logs.py --held-out > labelled-logs-heldout.tsv
       python3 generate_labelled_logs.py --held-out-2 > labelled-logs-heldout2.tsv
       python3 generate_labelled_logs.py --held-out-3 > labelled-logs-heldout3.tsv
       python3 generate_labelled_logs.py --held-out-4 > labelled-logs-heldout4.tsv
       python3 generate_labelled_logs.py --held-out-6 > labelled-logs-heldout6.tsv
       python3 generate_labelled_logs.py --held-out-7 > labelled-logs-heldout7.tsv
The held-out styles (OpenStack, HPC, Mac, MongoDB) were written after the miner's rules were fixed
and are not used to tune them; their GA is reported as measured.

Columns: style, event (true template id), source, message.
- RocketChat: message shapes taken from shared/corpus/rocketchat-real-lines.tsv (source = the issue
  URL the line came from), variables filled with realistic values.
- The other styles are written from the published formats of those systems (HDFS, Hadoop, Spark,
  Zookeeper, OpenSSH, Linux syslog, Apache error log, Android, Windows CBS, Proxifier, HealthApp,
  Thunderbird, BGL); the message part only, as log-parser benchmarks use it.
Labels follow the usual convention of labelled log collections: one event per logging statement;
every value that changes between occurrences of the statement is a variable, including words
(user names, host names, program names, states).

Each style has its own skewed event frequencies (a few frequent events, a long tail), about 220
lines per style.
"""
import random
import sys

SEED_ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
R = random.Random(int(SEED_ARGS[0]) if SEED_ARGS else 20240611)
LINES_PER_STYLE = 220


def ip():
    return "%d.%d.%d.%d" % (R.choice([10, 172, 192, 218, 61, 112, 183, 5, 103]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def port():
    return str(R.randint(1024, 65535))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def pick(*xs):
    return R.choice(xs)


def weighted(pairs):
    total = sum(w for w, _ in pairs)
    x = R.uniform(0, total)
    for w, v in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][1]


METEOR = "23456789ABCDEFGHJKLMNPQRSTWXYZabcdefghijkmnopqrstuvwxyz"


def meteor_id():
    return "".join(R.choice(METEOR) for _ in range(17))


def uuid():
    h = hexs(32)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def blk():
    return "blk_%s%d" % (pick("", "-"), R.randint(10**17, 10**19))


STYLES = {}


def style(name):
    def deco(f):
        STYLES[name] = f
        return f
    return deco


# --------------------------------------------------------------------------------------------
RC_USERS = ["alice", "bob.jones", "carol", "support-bot", "erin_ops", "rocket.cat", "frank", "ofadmin"]
RC_METHODS = ["unreadMessages", "sendMessage", "readMessages", "getRoomRoles", "createDirectMessage", "loadHistory"]


@style("RocketChat")
def rocketchat():
    g = "https://github.com/RocketChat/Rocket.Chat/issues/"
    return [
        (30, "RC01", g + "12620", lambda: "Exception while invoking method '%s' TypeError: Cannot read property '%s' of undefined" % (pick("jitsi:updateTimeout", "sendMessage", "livechat:getAgent", "getUsersOfRoom"), pick("_id", "username", "emails"))),
        (12, "RC02", g + "19765", lambda: "Exception while invoking method %s Error: Not allowed [error-action-not-allowed]" % R.choice(RC_METHODS)),
        (14, "RC03", g + "3910", lambda: "Migrations: Not migrating, already at version %d" % R.randint(55, 310)),
        (6, "RC04", g + "31635", lambda: "Migrating from version %d -> %d" % (R.randint(290, 302), R.randint(303, 320))),
        (4, "RC05", g + "19064", lambda: "Migrations: Running up() on version %d" % R.randint(190, 240)),
        (12, "RC06", g + "22901", lambda: "MongoServerSelectionError: Server selection timed out after %d ms" % pick(10000, 30000, 60000)),
        (8, "RC07", g + "10186", lambda: "MongoError: failed to connect to server [%s:27017] on first connect [MongoError: connect ECONNREFUSED %s:27017]" % (pick("mongo", "rocketchat-mongo", "mongodb", "db"), ip())),
        (5, "RC08", g + "26918", lambda: "Exception in setInterval callback: MongoServerSelectionError: connection closed"),
        (3, "RC09", g + "15686", lambda: "Exception in defer callback: RangeError: Maximum call stack size exceeded"),
        (3, "RC10", g + "3910", lambda: "Exception in callback of async function: RangeError: Maximum call stack size exceeded"),
        (9, "RC11", g + "5696", lambda: "Exception from sub %s id %s" % (pick("stream-notify-room", "stream-room-messages", "stream-notify-user", "stream-notify-logged"), meteor_id())),
        (7, "RC12", g + "15296", lambda: 'Error sending push to gateway (%d try) -> {"code":109,"error":"internal error trying to send apn notification","errorId":"%s","status":500}' % (R.randint(1, 5), uuid())),
        (6, "RC13", g + "4515", lambda: "Trying sending push to gateway again in %d milliseconds" % pick(100, 200, 400, 800, 1600)),
        (8, "RC14", g + "4594", lambda: "Push: send message \"@%s\" via query { userId: '%s' }" % (R.choice(RC_USERS), meteor_id())),
        (5, "RC15", g + "10166", lambda: "Sending test email to %s@%s" % (R.choice(RC_USERS), pick("domain.com", "example.org", "chat.acme.io"))),
        (6, "RC16", g + "2205", lambda: "Authenticating uid=%s,ou=people,dc=%s,dc=org" % (pick("Semetye", "jdoe", "mmuster", "asmith"), pick("aie-guild", "example", "corp"))),
        (6, "RC17", g + "16851", lambda: "DDP RATE LIMIT: limit by %s per method" % pick("connectionId", "userId", "IP")),
        (7, "RC18", g + "13441", lambda: "Error, too many requests. Please slow down. You must wait %d seconds before trying this endpoint again. [error-too-many-requests]" % R.randint(1, 60)),
        (4, "RC19", g + "28756", lambda: "Failed to get Workspace AccessToken from Rocket.Chat Cloud"),
        (4, "RC20", g + "28756", lambda: "network timeout at: https://cloud.rocket.chat/api/oauth/token"),
        (5, "RC21", g + "32054", lambda: "Limit validation failed"),
        (2, "RC22", g + "32054", lambda: "New Enterprise License"),
        (2, "RC23", g + "37261", lambda: "License installed"),
        (3, "RC24", g + "33425", lambda: "Routing method supports auto assignment"),
        (2, "RC25", g + "33425", lambda: "Using GridFS for custom sounds storage"),
        (2, "RC26", g + "8555", lambda: "Using GridFS for custom emoji storage"),
        (4, "RC27", g + "33425", lambda: "Checking for version updates"),
        (10, "RC28", g + "33140", lambda: "Request %s for method app:%s took %dms" % (R.choice("0123456789abcdefghijklmnopqrstuvwxyz") + hexs(11), pick("getStatus", "construct", "initialize", "onEnable", "setStatus"), R.randint(1, 900))),
        (5, "RC29", g + "38598", lambda: "Error: [%s] Timeout: app process not ready" % uuid()),
        (2, "RC30", g + "40473", lambda: "Subprocess stderr error: Unsupported lockfile version '%d'. Try upgrading Deno or recreating the lockfile." % R.randint(3, 5)),
        (2, "RC31", g + "37261", lambda: "Configuration validation failed:"),
        (4, "RC32", g + "26735", lambda: "connection time out"),
        (3, "RC33", g + "35103", lambda: "(node:%d) [DEP0040] DeprecationWarning: The `punycode` module is deprecated" % pick(1, 7, 13881)),
        (3, "RC34", "https://github.com/RocketChat/Rocket.Chat/issues/4402", lambda: "Error in OAuth Server: Failed to fetch identity from %s at %s. Unexpected token <" % (pick("wordpress", "gitlab", "keycloak", "nextcloud"), pick("http://www.abc.com/oauth/me", "https://git.example.org/api/v4/user", "https://sso.corp.io/auth/realms/main/protocol/openid-connect/userinfo"))),
        (3, "RC35", g + "9269", lambda: "Failed to connect to %s:27017, reason: errno:111 Connection refused" % ip()),
        (5, "RC36", "https://github.com/caprover/one-click-apps/pull/579", lambda: "Authentication succeeded"),
        (3, "RC37", g + "1902", lambda: "Exception while invoking method '%s' AuthError: Invalid login - 503 5.5.1 Error: authentication not enabled" % pick("sendInvitationEmail", "sendSMTPTestEmail")),
        (3, "RC38", g + "16294", lambda: "Error sending message: Error: You are not authorized to change message properties"),
        (4, "RC39", g + "22263", lambda: 'Starting "%s".' % pick("Generate download files for user data", "Cleanup OEmbed cache", "Usage Data Statistics", "Version Check")),
        (2, "RC40", g + "14243", lambda: "TypeError: receiver.emails.some is not a function"),
    ]


@style("HDFS")
def hdfs():
    def dn():
        return "%s:50010" % ip()
    return [
        (25, "E5", "", lambda: "Receiving block %s src: /%s:%s dest: /%s:50010" % (blk(), ip(), port(), ip())),
        (25, "E11", "", lambda: "PacketResponder %d for block %s terminating" % (R.randint(0, 2), blk())),
        (22, "E9", "", lambda: "Received block %s of size %d from /%s" % (blk(), R.choice([67108864, R.randint(1000, 67108864)]), ip())),
        (22, "E26", "", lambda: "BLOCK* NameSystem.addStoredBlock: blockMap updated: %s is added to %s size %d" % (dn(), blk(), R.randint(1000, 67108864))),
        (8, "E22", "", lambda: "BLOCK* NameSystem.allocateBlock: /user/root/rand/_temporary/_task_200811092030_0001_m_%06d_0/part-%05d. %s" % (R.randint(0, 999), R.randint(0, 999), blk())),
        (6, "E2", "", lambda: "Verification succeeded for %s" % blk()),
        (9, "E21", "", lambda: "Deleting block %s file /mnt/hadoop/dfs/data/current/subdir%d/%s" % (blk(), R.randint(0, 63), blk())),
        (9, "E23", "", lambda: "BLOCK* NameSystem.delete: %s is added to invalidSet of %s" % (blk(), dn())),
        (4, "E3", "", lambda: "%s Served block %s to /%s" % (dn(), blk(), ip())),
        (3, "E4", "", lambda: "%s:Got exception while serving %s to /%s:" % (dn(), blk(), ip())),
        (2, "E10", "", lambda: "PacketResponder %d for block %s Interrupted." % (R.randint(0, 2), blk())),
        (1, "E6", "", lambda: "Receiving empty packet for block %s" % blk()),
        (1, "E25", "", lambda: "BLOCK* ask %s to replicate %s to datanode(s) %s" % (dn(), blk(), dn())),
        (1, "E18", "", lambda: "%s Starting thread to transfer block %s to %s" % (dn(), blk(), dn())),
        (1, "E7", "", lambda: "Exception in receiveBlock for block %s java.io.IOException: Connection reset by peer" % blk()),
        (1, "E15", "", lambda: "writeBlock %s received exception java.io.IOException: Could not read from stream" % blk()),
        (1, "E1", "", lambda: "Adding an already existing block %s" % blk()),
        (1, "E20", "", lambda: "%s:Transmitted block %s to /%s" % (dn(), blk(), dn())),
    ]


SSH_INVALID = ["admin", "test", "oracle", "webmaster", "postgres", "ftpuser", "nagios", "git", "ubuntu", "pi", "support", "info", "mysql", "tomcat", "guest", "user", "backup", "alex", "sales", "hadoop"]


def ssh_valid():
    return weighted([(90, "root"), (5, "admin"), (5, "fztu")])


@style("OpenSSH")
def openssh():
    def rhost():
        return pick(ip(), "%s.%s.com" % (pick("host", "static", "ns"), pick("marryaround", "example", "cloudvps")))
    return [
        (26, "E10", "", lambda: "Failed password for %s from %s port %s ssh2" % (ssh_valid(), ip(), port())),
        (12, "E9", "", lambda: "Failed password for invalid user %s from %s port %s ssh2" % (R.choice(SSH_INVALID), ip(), port())),
        (12, "E13", "", lambda: "Invalid user %s from %s" % (R.choice(SSH_INVALID), ip())),
        (12, "E12", "", lambda: "input_userauth_request: invalid user %s [preauth]" % R.choice(SSH_INVALID)),
        (10, "E21", "", lambda: "pam_unix(sshd:auth): check pass; user unknown"),
        (12, "E19", "", lambda: "pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=%s" % rhost()),
        (14, "E20", "", lambda: "pam_unix(sshd:auth): authentication failure; logname= uid=0 euid=0 tty=ssh ruser= rhost=%s  user=%s" % (rhost(), ssh_valid())),
        (12, "E24", "", lambda: "Received disconnect from %s: 11: Bye Bye [preauth]" % ip()),
        (5, "E2", "", lambda: "Connection closed by %s [preauth]" % ip()),
        (6, "E27", "", lambda: "reverse mapping checking getaddrinfo for %s [%s] failed - POSSIBLE BREAK-IN ATTEMPT!" % (rhost(), ip())),
        (3, "E17", "", lambda: "PAM %d more authentication failures; logname= uid=0 euid=0 tty=ssh ruser= rhost=%s  user=%s" % (R.randint(1, 5), ip(), ssh_valid())),
        (3, "E5", "", lambda: "Disconnecting: Too many authentication failures for %s [preauth]" % ssh_valid()),
        (2, "E16", "", lambda: "message repeated %d times: [ Failed password for %s from %s port %s ssh2]" % (R.randint(2, 5), ssh_valid(), ip(), port())),
        (2, "E3", "", lambda: "Did not receive identification string from %s" % ip()),
        (2, "E8", "", lambda: "error: Received disconnect from %s: 3: com.jcraft.jsch.JSchException: Auth fail [preauth]" % ip()),
        (1, "E1", "", lambda: "Accepted password for %s from %s port %s ssh2" % (pick("fztu", "curi", "jdoe"), ip(), port())),
        (1, "E22", "", lambda: "pam_unix(sshd:session): session opened for user %s by (uid=0)" % pick("fztu", "curi", "jdoe")),
        (1, "E23", "", lambda: "pam_unix(sshd:session): session closed for user %s" % pick("fztu", "curi", "jdoe")),
        (1, "E7", "", lambda: "fatal: Read from socket failed: Connection reset by peer [preauth]"),
        (2, "E4", "", lambda: "Address %s maps to %s, but this does not map back to the address - POSSIBLE BREAK-IN ATTEMPT!" % (ip(), rhost())),
    ]


LINUX_USERS = ["cyrus", "news", "root", "test", "guest", "operator"]


def syslog_date():
    return "%s %s %2d %02d:%02d:%02d 2005" % (pick("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), pick("Jun", "Jul", "Aug"), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


@style("Linux")
def linux():
    def paren_host():
        a = ip()
        return pick("%s ()" % a, "%s (%s)" % (a, a), "%s (%s-%s.dyn.%s.net)" % (a, a.replace(".", "-"), pick("pool", "adsl"), pick("rdsnet", "comcast", "chello")))
    return [
        (22, "E101", "", lambda: "session opened for user %s by (uid=0)" % R.choice(LINUX_USERS)),
        (22, "E100", "", lambda: "session closed for user %s" % R.choice(LINUX_USERS)),
        (9, "E27", "", lambda: "check pass; user unknown"),
        (10, "E18", "", lambda: "authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=%s" % pick(ip(), "%s.adsl.%s.com" % (hexs(4), pick("hinet", "pldt")))),
        (10, "E19", "", lambda: "authentication failure; logname= uid=0 euid=0 tty=NODEVssh ruser= rhost=%s  user=root" % ip()),
        (12, "E40", "", lambda: "connection from %s at %s" % (paren_host(), syslog_date())),
        (3, "E7", "", lambda: "ALERT exited abnormally with [1]"),
        (3, "E12", "", lambda: "Authentication failed from %s (%s): Permission denied in replay cache code" % (ip(), ip())),
        (3, "E60", "", lambda: "Kerberos authentication failed"),
        (2, "E44", "", lambda: "FTP session closed"),
        (2, "E6", "", lambda: "ANONYMOUS FTP LOGIN FROM %s, (anonymous)" % ip()),
        (3, "E90", "", lambda: "%s startup succeeded" % pick("syslog", "klogd", "irqbalance", "portmap", "sshd", "xinetd", "crond", "cups")),
        (2, "E89", "", lambda: "%s shutdown succeeded" % pick("syslog", "klogd", "irqbalance", "portmap", "sshd", "xinetd", "crond", "cups")),
        (1, "E70", "", lambda: "Linux version 2.6.5-1.358 (bhcompile@bugs.build.redhat.com) (gcc version 3.3.3 20040412 (Red Hat Linux 3.3.3-7)) #1 Tue May 11 10:56:35 EDT 2004"),
        (1, "E72", "", lambda: "Memory: %dk/%dk available (%dk kernel code, %dk reserved, %dk data, %dk init, 0k highmem)" % (R.randint(100000, 130000), 129720, 1540, R.randint(3000, 4000), 599, 144)),
        (1, "E95", "", lambda: "syslogd 1.4.1: restart."),
        (2, "E41", "", lambda: "couldn't add command channel %s for %s" % (pick("logger", "klogger"), ip())),
    ]


@style("Apache")
def apache():
    return [
        (30, "E2", "", lambda: "jk2_init() Found child %d in scoreboard slot %d" % (R.randint(1000, 32000), R.randint(6, 10))),
        (30, "E6", "", lambda: "workerEnv.init() ok /etc/httpd/conf/workers2.properties"),
        (26, "E5", "", lambda: "mod_jk child workerEnv in error state %d" % R.randint(6, 10)),
        (10, "E3", "", lambda: "[client %s] Directory index forbidden by rule: /var/www/html/" % ip()),
        (4, "E1", "", lambda: "jk2_init() Can't find child %d in scoreboard" % R.randint(1000, 32000)),
        (1, "E4", "", lambda: "mod_jk child init %d %d" % (1, pick(-2, -1))),
    ]


ZK_STATES = ["LOOKING", "FOLLOWING", "LEADING"]


@style("Zookeeper")
def zookeeper():
    def zip_():
        return "10.10.34.%d" % R.randint(11, 40)
    return [
        (12, "E35", "", lambda: "Received connection request /%s:%s" % (zip_(), port())),
        (14, "E37", "", lambda: "Notification: %d (n.leader), 0x%s (n.zxid), 0x%d (n.round), %s (n.state), %d (n.sid), 0x%d (n.peerEPoch), %s (my state)" % (R.randint(1, 3), hexs(9), R.randint(1, 3), R.choice(ZK_STATES), R.randint(1, 3), R.randint(1, 9), weighted([(6, "LOOKING"), (2, "FOLLOWING"), (1, "LEADING")]))),
        (8, "E10", "", lambda: "Connection broken for id %d, my id = %d, error =" % (R.randint(1, 3), R.randint(1, 3))),
        (6, "E24", "", lambda: "Interrupting SendWorker"),
        (4, "E22", "", lambda: "Interrupted while waiting for message on queue"),
        (6, "E38", "", lambda: "Send worker leaving thread"),
        (8, "E5", "", lambda: "Cannot open channel to %d at election address /%s:3888" % (R.randint(1, 3), zip_())),
        (6, "E6", "", lambda: "caught end of stream exception"),
        (10, "E7", "", lambda: "Closed socket connection for client /%s:%s which had sessionid 0x%s" % (zip_(), port(), hexs(15))),
        (4, "E8", "", lambda: "Closed socket connection for client /%s:%s (no session established for client)" % (zip_(), port())),
        (6, "E4", "", lambda: "Client attempting to establish new session at /%s:%s" % (zip_(), port())),
        (6, "E16", "", lambda: "Established session 0x%s with negotiated timeout %d for client /%s:%s" % (hexs(15), pick(10000, 20000, 40000), zip_(), port())),
        (5, "E17", "", lambda: "Expiring session 0x%s, timeout of %dms exceeded" % (hexs(15), pick(10000, 20000, 40000))),
        (5, "E33", "", lambda: "Processed session termination for sessionid: 0x%s" % hexs(15)),
        (8, "E1", "", lambda: "Accepted socket connection from /%s:%s" % (zip_(), port())),
        (2, "E18", "", lambda: "Exception causing close of session 0x%s due to java.io.IOException: ZooKeeperServer not running" % hexs(15)),
        (2, "E11", "", lambda: "Connection request from old client /%s:%s; will be dropped if server is in r-o mode" % (zip_(), port())),
        (3, "E21", "", lambda: "Have smaller server identifier, so dropping the connection: (%d, %d)" % (R.randint(2, 3), 1)),
        (1, "E19", "", lambda: "FOLLOWING"),
        (1, "E26", "", lambda: "LEADING"),
        (1, "E28", "", lambda: "LOOKING"),
        (1, "E20", "", lambda: "FOLLOWING - LEADER ELECTION TOOK - %d" % R.randint(1, 400)),
        (1, "E27", "", lambda: "LEADING - LEADER ELECTION TOOK - %d" % R.randint(1, 400)),
        (1, "E23", "", lambda: "Getting a snapshot from leader"),
        (1, "E40", "", lambda: "Snapshotting: 0x%s to /var/lib/zookeeper/version-2/snapshot.%s" % (hexs(9), hexs(9))),
    ]


@style("Spark")
def spark():
    def task():
        return "%d.0" % R.randint(0, 40)
    def stage():
        return "%d.0" % R.randint(0, 30)
    return [
        (20, "E29", "", lambda: "Running task %s in stage %s (TID %d)" % (task(), stage(), R.randint(0, 2000))),
        (20, "E13", "", lambda: "Finished task %s in stage %s (TID %d). %d bytes result sent to driver" % (task(), stage(), R.randint(0, 2000), R.randint(900, 3000))),
        (14, "E14", "", lambda: "Found block rdd_%d_%d locally" % (R.randint(0, 40), R.randint(0, 40))),
        (6, "E23", "", lambda: "Partition rdd_%d_%d not found, computing it" % (R.randint(0, 40), R.randint(0, 40))),
        (6, "E8", "", lambda: "Block broadcast_%d stored as values in memory (estimated size %.1f %s, free %.1f %s)" % (R.randint(0, 60), R.uniform(1, 400), pick("KB", "B"), R.uniform(1, 400), pick("KB", "MB"))),
        (6, "E7", "", lambda: "Block broadcast_%d_piece0 stored as bytes in memory (estimated size %.1f %s, free %.1f %s)" % (R.randint(0, 60), R.uniform(1, 400), pick("KB", "B"), R.uniform(1, 400), pick("KB", "MB"))),
        (6, "E33", "", lambda: "Started reading broadcast variable %d" % R.randint(0, 60)),
        (6, "E26", "", lambda: "Reading broadcast variable %d took %d ms" % (R.randint(0, 60), R.randint(1, 300))),
        (10, "E15", "", lambda: "Got assigned task %d" % R.randint(0, 2000)),
        (4, "E16", "", lambda: "Input split: hdfs://10.10.34.11:9000/pjhe/test/%d/part-%05d:%d+%d" % (R.randint(1, 9), R.randint(0, 99), R.randint(0, 10**8), R.randint(10**6, 10**8))),
        (1, "E5", "", lambda: "Changing view acls to: %s" % pick("yarn,curi", "yarn,root", "yarn,hadoop")),
        (1, "E4", "", lambda: "Changing modify acls to: %s" % pick("yarn,curi", "yarn,root", "yarn,hadoop")),
        (1, "E30", "", lambda: "SecurityManager: authentication disabled; ui acls disabled; users with view permissions: Set(yarn, curi); users with modify permissions: Set(yarn, curi)"),
        (1, "E28", "", lambda: "Registered signal handlers for [TERM, HUP, INT]"),
        (1, "E35", "", lambda: "Successfully started service '%s' on port %d." % (pick("sparkExecutorActorSystem", "org.apache.spark.network.netty.NettyBlockTransferService"), R.randint(30000, 60000))),
        (1, "E32", "", lambda: "Server created on %d" % R.randint(30000, 60000)),
        (1, "E36", "", lambda: "Trying to register BlockManager"),
        (1, "E27", "", lambda: "Registered BlockManager"),
        (1, "E20", "", lambda: "MemoryStore started with capacity %.1f MB" % R.uniform(100, 20000)),
        (1, "E6", "", lambda: "Connecting to driver: spark://CoarseGrainedScheduler@10.10.34.%d:%d" % (R.randint(11, 40), R.randint(30000, 60000))),
        (2, "E12", "", lambda: "Executor is trying to kill task %s in stage %s (TID %d)" % (task(), stage(), R.randint(0, 2000))),
        (1, "E11", "", lambda: "Driver commanded a shutdown"),
    ]


TA_CHAIN = [("NEW", "UNASSIGNED"), ("UNASSIGNED", "ASSIGNED"), ("ASSIGNED", "RUNNING"), ("RUNNING", "SUCCESS_CONTAINER_CLEANUP"), ("SUCCESS_CONTAINER_CLEANUP", "SUCCEEDED"), ("RUNNING", "FAIL_CONTAINER_CLEANUP"), ("FAIL_CONTAINER_CLEANUP", "FAIL_TASK_CLEANUP")]
T_CHAIN = [("NEW", "SCHEDULED"), ("SCHEDULED", "RUNNING"), ("RUNNING", "SUCCEEDED")]
J_CHAIN = [("NEW", "INITED"), ("INITED", "SETUP"), ("SETUP", "RUNNING"), ("RUNNING", "COMMITTING"), ("COMMITTING", "SUCCEEDED")]
HADOOP_CLASSES = ["jobhistory.EventType", "v2.app.job.event.JobEventType", "v2.app.job.event.TaskEventType", "v2.app.job.event.TaskAttemptEventType", "v2.app.commit.CommitterEventType", "v2.app.launcher.ContainerLauncher$EventType"]


@style("Hadoop")
def hadoop():
    def attempt():
        return "attempt_1445144423722_0020_%s_%06d_%d" % (pick("m", "r"), R.randint(0, 12), R.randint(0, 1))
    def sched(word):
        v = [R.randint(0, 20) for _ in range(11)]
        return "%s Scheduling: PendingReds:%d ScheduledMaps:%d ScheduledReds:%d AssignedMaps:%d AssignedReds:%d CompletedMaps:%d CompletedReds:%d ContAlloc:%d ContRel:%d HostLocal:%d RackLocal:%d" % tuple([word] + v)
    return [
        (16, "E4", "", lambda: "%s TaskAttempt Transitioned from %s to %s" % ((attempt(),) + R.choice(TA_CHAIN))),
        (8, "E96", "", lambda: "task_1445144423722_0020_%s_%06d Task Transitioned from %s to %s" % ((pick("m", "r"), R.randint(0, 12)) + R.choice(T_CHAIN))),
        (3, "E62", "", lambda: "job_1445144423722_0020Job Transitioned from %s to %s" % R.choice(J_CHAIN)),
        (6, "E84", "", lambda: "Registering class org.apache.hadoop.mapreduce.%s for class org.apache.hadoop.mapreduce.%s" % (R.choice(HADOOP_CLASSES), R.choice(HADOOP_CLASSES))),
        (14, "E79", "", lambda: "Progress of TaskAttempt %s is : %.7f" % (attempt(), R.random())),
        (6, "E10", "", lambda: "Assigned container container_1445144423722_0020_01_%06d to %s" % (R.randint(1, 30), attempt())),
        (5, "E11", "", lambda: "Address change detected. Old: %s/10.190.173.170:%d New: %s:%d" % (pick("msra-sa-41", "msra-sa-39"), 8030, pick("msra-sa-41", "msra-sa-39"), 8030)),
        (8, "E86", "", lambda: "Retrying connect to server: %s:%d. Already tried %d time(s); retry policy is RetryUpToMaximumCountWithFixedSleep(maxRetries=10, sleepTime=1000 MILLISECONDS)" % (pick("msra-sa-41", "minint-fnanli5.fareast.corp.microsoft.com"), pick(8030, 9000), R.randint(0, 9))),
        (3, "E44", "", lambda: "ERROR IN CONTACTING RM."),
        (6, "E82", "", lambda: "Recalculating schedule, headroom=<memory:%d, vCores:%d>" % (R.randint(0, 9000), R.randint(-10, 10))),
        (4, "E83", "", lambda: "Reduce slow start threshold not met. completedMapsForReduceSlowstart %d" % R.randint(1, 20)),
        (4, "E13", "", lambda: sched("After")),
        (4, "E20", "", lambda: sched("Before")),
        (1, "E28", "", lambda: "Created MRAppMaster for application appattempt_1445144423722_00%02d_000001" % R.randint(1, 30)),
        (1, "E45", "", lambda: "Executing with tokens:"),
        (1, "E92", "", lambda: "Using mapred newApiCommitter."),
        (1, "E73", "", lambda: "OutputCommitter set in config null"),
        (1, "E36", "", lambda: "Default file system [hdfs://msra-sa-41:9000]"),
        (1, "E42", "", lambda: "Emitting job history data to the timeline server is not enabled"),
        (1, "E99", "", lambda: "Upper limit on the thread pool size is %d" % pick(500, 200)),
        (3, "E90", "", lambda: "Shuffle port returned by ContainerManager for %s : %d" % (attempt(), 13562)),
        (3, "E94", "", lambda: "TaskAttempt: [%s] using containerId: [container_1445144423722_0020_01_%06d on NM: [%s:%d]" % (attempt(), R.randint(1, 30), pick("MININT-FNANLI5.fareast.corp.microsoft.com", "MSRA-SA-41.fareast.corp.microsoft.com", "04DN8IQ.fareast.corp.microsoft.com"), R.randint(50000, 65000))),
        (3, "E58", "", lambda: "JVM with ID : jvm_1445144423722_0020_m_%06d asked for a task" % R.randint(1, 30)),
        (3, "E59", "", lambda: "JVM with ID: jvm_1445144423722_0020_m_%06d given task: %s" % (R.randint(1, 30), attempt())),
        (3, "E70", "", lambda: "Num completed Tasks: %d" % R.randint(1, 20)),
    ]


ANDROID_TAGS = ["RILJ_ACK_WL", "*alarm*", "NetworkStats", "WifiStateMachine", "GCoreFlp", "NlpWakeLock", "*launch*", "AudioMix"]
ANDROID_PKGS = ["com.android.phone", "android", "com.tencent.mm", "com.google.android.gms", "com.android.systemui", "com.huawei.android.launcher"]


@style("Android")
def android():
    def lock(word):
        return "%s lock=%d, flags=0x%x, tag=\"%s\", name=%s, ws=%s, uid=%d, pid=%d" % (word, R.randint(10**7, 3 * 10**8), R.choice([1, 6, 0x1000000a]), R.choice(ANDROID_TAGS), R.choice(ANDROID_PKGS), pick("null", "WorkSource{10113}", "WorkSource{1000 com.android.phone}"), R.randint(1000, 10200), R.randint(600, 30000))
    def token():
        return "AppWindowToken{%s token=Token{%s ActivityRecord{%s u0 %s/%s t%d}}}" % (hexs(7), hexs(7), hexs(7), R.choice(ANDROID_PKGS), pick(".ui.LauncherUI", ".Launcher", "com.android.settings.Settings"), R.randint(1, 400))
    def b():
        return pick("true", "false")
    return [
        (16, "E4", "", lambda: lock("acquire")),
        (16, "E68", "", lambda: lock("release")),
        (6, "E76", "", lambda: "setLightsOn(%s)" % b()),
        (5, "E63", "", lambda: "printFreezingDisplayLogsopening app wtoken = %s, allDrawn= %s, startingDisplayed =  %s, startingMoved =  %s, isRelaunching =  %s" % (token(), b(), b(), b(), b())),
        (4, "E85", "", lambda: "Skipping %s -- going to hide" % token()),
        (4, "E36", "", lambda: "getRunningAppProcesses: caller %d does not hold REAL_GET_TASKS; limiting output" % R.randint(10000, 10200)),
        (3, "E2", "", lambda: "Acquiring suspend blocker \"%s\"." % pick("PowerManagerService.Display", "PowerManagerService.WakeLocks", "PowerManagerService.Broadcasts")),
        (3, "E69", "", lambda: "Releasing suspend blocker \"%s\"." % pick("PowerManagerService.Display", "PowerManagerService.WakeLocks", "PowerManagerService.Broadcasts")),
        (2, "E87", "", lambda: "Start proc %d:%s/u0a%d for service %s/.%s" % (R.randint(1000, 30000), R.choice(ANDROID_PKGS), R.randint(10, 200), R.choice(ANDROID_PKGS), pick("plugin.exdevice.service.ExDeviceService", "booter.CoreService", "PushService"))),
        (4, "E67", "", lambda: "ready=true policy=3 wakefulness=1 wksummary=0x%x uasummary=0x%x bootcompleted=true boostinprogress=false waitmodeenable=false mode=false manual=%d auto=-1 adj=0.0userId=0" % (R.randint(0, 64), R.randint(0, 4), R.randint(10, 255))),
        (2, "E101", "", lambda: "updateIsPoweredLocked: wasPowered=%s, mIsPowered=%s, oldPlugType=%d, mPlugType=%d, mBatteryLevel=%d" % (b(), b(), R.randint(0, 2), R.randint(0, 2), R.randint(1, 100))),
        (3, "E18", "", lambda: "cancelNotificationLocked called,tell the app,reason = %d" % R.randint(1, 10)),
        (2, "E56", "", lambda: "isScreenOn=%s" % b()),
        (2, "E34", "", lambda: "handleMessage msg.what=%d" % R.randint(1, 30)),
        (2, "E90", "", lambda: "visible is system.call.count gt 0"),
    ]


@style("Windows")
def windows():
    def kb():
        return "Package_for_KB%d~31bf3856ad364e35~amd64~~6.1.%d.%d" % (R.randint(2400000, 3200000), R.randint(1, 4), R.randint(0, 9))
    hr_fail = "[HRESULT = 0x80004005 - E_FAIL]"
    return [
        (26, "E31", "", lambda: "Read out cached package applicability for package: %s, ApplicableState: %d, CurrentState:%d" % (kb(), R.choice([80, 112]), R.choice([32, 112]))),
        (8, "E49", "", lambda: "Warning: Unrecognized packageExtended attribute."),
        (8, "E19", "", lambda: "Expecting attribute name [HRESULT = 0x800f080d - CBS_E_MANIFEST_INVALID_ITEM]"),
        (8, "E22", "", lambda: "Failed to get next element [HRESULT = 0x800f080d - CBS_E_MANIFEST_INVALID_ITEM]"),
        (10, "E34", "", lambda: "Session: %d_%d initialized by client %s." % (R.randint(30000000, 31000000), R.randint(10**9, 4 * 10**9), weighted([(8, "WindowsUpdateAgent"), (2, "DriverUpdates")]))),
        (4, "E36", "", lambda: "Session: %d_%d finalized. Reboot required: no [HRESULT = 0x00000000 - S_OK]" % (R.randint(30000000, 31000000), R.randint(10**9, 4 * 10**9))),
        (3, "E26", "", lambda: "Loaded Servicing Stack v6.1.7601.%d with Core: C:\\Windows\\winsxs\\amd64_microsoft-windows-servicingstack_31bf3856ad364e35_6.1.7601.%d_none_%s\\cbscore.dll" % (23505, 23505, hexs(16))),
        (3, "E17", "", lambda: "Ending TrustedInstaller initialization."),
        (3, "E38", "", lambda: "Starting the TrustedInstaller main loop."),
        (3, "E47", "", lambda: "TrustedInstaller service starts successfully."),
        (3, "E44", "", lambda: "SQM: Initializing online with Windows opt-in: False"),
        (3, "E41", "", lambda: "SQM: Cleaning up report files older than 10 days."),
        (3, "E45", "", lambda: "SQM: Requesting upload of all unsent reports."),
        (3, "E42", "", lambda: "SQM: Failed to start upload with file pattern: C:\\Windows\\servicing\\sqm\\*_std.sqm, flags: 0x2 " + hr_fail),
        (3, "E43", "", lambda: "SQM: Failed to start standard sample upload. " + hr_fail),
        (3, "E46", "", lambda: "SQM: Queued %d file(s) for upload with pattern: C:\\Windows\\servicing\\sqm\\*_all.sqm, flags: 0x6" % R.randint(0, 2)),
        (3, "E48", "", lambda: "SQM: Warning: Failed to upload all unsent reports. " + hr_fail),
        (3, "E27", "", lambda: "No startup processing required, TrustedInstaller service was not set as autostart, or else a reboot is still pending."),
        (3, "E28", "", lambda: "NonStart: Checking to ensure startup processing was not required."),
        (3, "E29", "", lambda: "NonStart: Success, startup processing not required as expected."),
        (3, "E39", "", lambda: "Startup processing thread terminated normally"),
        (2, "E50", "", lambda: "Unloading offline registry hive: {%s}GLOBALROOT/Device/HarddiskVolumeShadowCopy%d/Windows/System32/config/%s" % (uuid(), R.randint(1, 9), pick("SOFTWARE", "SYSTEM", "COMPONENTS"))),
        (1, "E32", "", lambda: "Scavenge: Starts"),
        (1, "E33", "", lambda: "Scavenge: Completes"),
        (2, "E20", "", lambda: "Failed to internally open package. [HRESULT = 0x800f0805 - CBS_E_INVALID_PACKAGE]"),
    ]


PROGRAMS = ["chrome.exe", "firefox.exe", "Dropbox.exe", "WeChat.exe", "QQ.exe", "YodaoDict.exe", "SogouCloud.exe", "iexplore.exe *64", "putty.exe", "git-remote-https.exe", "svchost.exe *64", "Skype.exe", "thunder.exe"]


@style("Proxifier")
def proxifier():
    def target():
        return "%s:%d" % (pick("www.google.com", "dropbox.com", "clients1.google.com", "qq.com", "183.62.156.108", "weixin.qq.com", "proxy.cse.cuhk.edu.hk", "api.skype.com", "login.live.com"), pick(443, 80, 5070, 8080))
    def proxy():
        return pick("proxy.cse.cuhk.edu.hk:5070", "proxy.cse.cuhk.edu.hk:5071")
    def lifetime():
        return pick("<1 sec", "00:%02d" % R.randint(1, 59), "%02d:%02d" % (R.randint(1, 30), R.randint(0, 59)), "01:%02d:%02d" % (R.randint(0, 59), R.randint(0, 59)))
    def size():
        return "%d bytes (%.1f %s)" % (R.randint(1100, 9 * 10**7), R.uniform(1, 999), pick("KB", "KB", "MB"))
    return [
        (26, "E11", "", lambda: "%s - %s open through proxy %s HTTPS" % (R.choice(PROGRAMS), target(), proxy())),
        (8, "E12", "", lambda: "%s - %s open through proxy %s SOCKS5" % (R.choice(PROGRAMS), target(), proxy())),
        (24, "E1", "", lambda: "%s - %s close, %d bytes sent, %d bytes received, lifetime %s" % (R.choice(PROGRAMS), target(), R.randint(0, 1024), R.randint(0, 1024), lifetime())),
        (16, "E2", "", lambda: "%s - %s close, %s sent, %s received, lifetime %s" % (R.choice(PROGRAMS), target(), size(), size(), lifetime())),
        (6, "E7", "", lambda: "%s - %s error : Could not connect through proxy %s - Proxy server cannot establish a connection with the target, status code 403" % (R.choice(PROGRAMS), target(), proxy())),
        (3, "E5", "", lambda: "%s - %s error : A connection request was canceled before the completion." % (R.choice(PROGRAMS), target())),
        (2, "E8", "", lambda: "%s - Could not connect to proxy %s - connection attempt failed with error 10061" % (R.choice(PROGRAMS), proxy())),
    ]


@style("HealthApp")
def healthapp():
    def ts():
        return str(1514038440000 + R.randint(0, 10**7))
    def steps():
        return "##".join(str(R.randint(1, 10**7)) for _ in range(5))
    def action():
        return "android.intent.action.%s" % pick("SCREEN_ON", "SCREEN_OFF", "USER_PRESENT", "TIME_TICK")
    return [
        (16, "E42", "", lambda: "onStandStepChanged %d" % R.randint(1, 9000)),
        (10, "E39", "", lambda: "onExtend:%s %d %d %d" % (ts(), R.randint(0, 20), R.randint(0, 5), R.randint(0, 9))),
        (8, "E58", "", lambda: "REPORT : %d %d %d %d" % (R.randint(1000, 9000), R.randint(1000, 9000), R.randint(10**5, 10**6), R.randint(10, 500))),
        (10, "E69", "", lambda: "setTodayTotalDetailSteps=%s##%s" % (ts(), steps())),
        (6, "E22", "", lambda: "getTodayTotalDetailSteps = %s##%s" % (ts(), steps())),
        (6, "E54", "", lambda: "processHandleBroadcastAction action:%s" % action()),
        (6, "E31", "", lambda: "flush sensor data"),
        (6, "E10", "", lambda: "calculateCaloriesWithCache totalCalories=%d" % R.randint(1000, 200000)),
        (6, "E9", "", lambda: "calculateAltitudeWithCache totalAltitude=%d" % R.randint(0, 500)),
        (5, "E41", "", lambda: "onReceive action: %s" % action()),
        (3, "E63", "", lambda: "screen status unknown,think screen on"),
        (2, "E77", "", lambda: "upLoadOneMinuteDataToEngine time:%sstep:%d" % (ts(), R.randint(0, 200))),
        (2, "E28", "", lambda: "insertHiHealthData() bulkSaveDetailHiHealthData fail errorCode = %d,errorMessage = ERR_DATA_INSERT" % R.randint(1, 9)),
    ]


TB_USERS = ["root", "nagios", "ganglia", "munge", "tbadmin"]


@style("Thunderbird")
def thunderbird():
    def mac():
        return ":".join(hexs(2) for _ in range(6))
    return [
        (18, "E118", "", lambda: "session opened for user %s by (uid=0)" % weighted([(10, "root"), (2, "nagios"), (1, "ganglia"), (1, "munge")])),
        (18, "E117", "", lambda: "session closed for user %s" % weighted([(10, "root"), (2, "nagios"), (1, "ganglia"), (1, "munge")])),
        (10, "E2", "", lambda: "(root) CMD (run-parts /etc/cron.%s)" % pick("hourly", "daily", "weekly")),
        (6, "E128", "", lambda: "synchronized to %s, stratum %d" % (ip(), R.randint(1, 3))),
        (5, "E5", "", lambda: "Accepted publickey for %s from %s port %d ssh2" % (pick("root", "tbadmin"), ip(), R.randint(30000, 60000))),
        (5, "E9", "", lambda: "[ib_sm_sweep.c:%d]: No topology change" % R.randint(1000, 1900)),
        (6, "E32", "", lambda: "DHCPREQUEST for %s from %s via eth%d" % (ip(), mac(), R.randint(0, 1))),
        (6, "E29", "", lambda: "DHCPACK on %s to %s via eth%d" % (ip(), mac(), R.randint(0, 1))),
        (3, "E30", "", lambda: "DHCPDISCOVER from %s via eth%d" % (mac(), R.randint(0, 1))),
        (3, "E31", "", lambda: "DHCPOFFER on %s to %s via eth%d" % (ip(), mac(), R.randint(0, 1))),
        (2, "E25", "", lambda: "check pass; user unknown"),
        (3, "E144", "", lambda: "warning: unable to look up public/pickup: No such file or directory"),
        (2, "E81", "", lambda: "Local disk scan: %d disks found" % R.randint(1, 4)),
    ]


@style("BGL")
def bgl():
    def loc():
        return "R%02d-M%d-N%d-C:J%02d-U%02d" % (R.randint(0, 77), R.randint(0, 1), R.randint(0, 15), R.randint(2, 17), R.randint(1, 11))
    return [
        (16, "E42", "", lambda: "instruction cache parity error corrected"),
        (14, "E50", "", lambda: "generating core.%d" % R.randint(1, 9000)),
        (6, "E1", "", lambda: "%d double-hummer alignment exceptions" % R.randint(1, 1000)),
        (6, "E2", "", lambda: "%d floating point alignment exceptions" % R.randint(1, 1000)),
        (8, "E18", "", lambda: "CE sym %d, at 0x%s, mask 0x%s" % (R.randint(0, 31), hexs(8), hexs(2))),
        (6, "E104", "", lambda: "total of %d ddr error(s) detected and corrected" % R.randint(1, 30)),
        (6, "E22", "", lambda: "ciod: failed to read message prefix on control stream (CioStream socket to 172.16.96.116:%d" % R.randint(30000, 60000)),
        (4, "E21", "", lambda: "ciod: Error reading message prefix after LOGIN_MESSAGE on CioStream socket to 172.16.96.116:%d: Link has been severed" % R.randint(30000, 60000)),
        (4, "E35", "", lambda: "data TLB error interrupt"),
        (2, "E44", "", lambda: "instruction TLB error interrupt"),
        (2, "E33", "", lambda: "data storage interrupt"),
        (4, "E46", "", lambda: "iar %s dear %s" % (hexs(8), hexs(8))),
        (3, "E31", "", lambda: "ddr: activating redundant bit steering: rank=%d symbol=%d" % (R.randint(0, 1), R.randint(0, 20))),
        (1, "E32", "", lambda: "ddr: excessive soft failures, consider replacing the card"),
        (2, "E69", "", lambda: "MidplaneSwitchController performing bit sparing on %s bit %d" % (loc(), R.randint(0, 20))),
        (2, "E61", "", lambda: "Lustre mount FAILED : %s : block_id : location" % pick("bglio11", "bglio12", "bglio63")),
        (2, "E105", "", lambda: "%d tree receiver %d in re-synch state event(s) (dcr 0x%s) detected" % (R.randint(1, 9), R.randint(0, 2), hexs(4))),
        (2, "E87", "", lambda: "rts: kernel terminated for reason %d" % pick(1004, 1001)),
        (1, "E70", "", lambda: "NFS Mount failed on bglio%d, slept %d seconds, retrying (%d)" % (R.randint(1, 60), R.randint(10, 60), R.randint(1, 9))),
    ]


# ---- Held-out styles: written after the miner's rules were fixed and never used to tune them. ----
HELD_OUT = {}


def held_out(name):
    def deco(f):
        HELD_OUT[name] = f
        return f
    return deco


@held_out("OpenStack")
def openstack():
    tenant = "54fadb412c4e40cdbaed9335e4c35a9e"
    def inst():
        return "[instance: %s]" % uuid()
    def req(method, path, status):
        return '10.11.10.1 "%s /v2/%s/%s HTTP/1.1" status: %d len: %d time: %.7f' % (method, tenant, path, status, R.randint(200, 2000), R.uniform(0.05, 3))
    host = "cp-1.slowvm1.tcloud-pg0.utah.cloudlab.us"
    base = "/var/lib/nova/instances/_base/%s" % hexs(40)
    return [
        (30, "E25", "", lambda: req("GET", pick("servers/detail", "servers/%s" % uuid(), "flavors/detail"), 200)),
        (6, "E26", "", lambda: req("POST", pick("servers", "os-server-external-events"), pick(200, 202))),
        (5, "E24", "", lambda: req("DELETE", "servers/%s" % uuid(), 204)),
        (3, "E37", "", lambda: "%s VM Started (Lifecycle Event)" % inst()),
        (3, "E35", "", lambda: "%s VM Paused (Lifecycle Event)" % inst()),
        (3, "E36", "", lambda: "%s VM Resumed (Lifecycle Event)" % inst()),
        (3, "E38", "", lambda: "%s VM Stopped (Lifecycle Event)" % inst()),
        (3, "E31", "", lambda: "%s Took %.2f seconds to spawn the instance on the hypervisor." % (inst(), R.uniform(10, 30))),
        (3, "E29", "", lambda: "%s Took %.2f seconds to build instance." % (inst(), R.uniform(10, 30))),
        (3, "E30", "", lambda: "%s Took %.2f seconds to destroy the instance on the hypervisor." % (inst(), R.uniform(0.5, 2))),
        (3, "E28", "", lambda: "%s Took %.2f seconds to deallocate network for instance." % (inst(), R.uniform(0.5, 2))),
        (3, "E32", "", lambda: "%s Terminating instance" % inst()),
        (3, "E16", "", lambda: "%s Deleting instance files /var/lib/nova/instances/%s_del" % (inst(), uuid())),
        (3, "E15", "", lambda: "%s Deletion of /var/lib/nova/instances/%s_del complete" % (inst(), uuid())),
        (3, "E21", "", lambda: "%s Instance destroyed successfully." % inst()),
        (2, "E3", "", lambda: "%s Attempting claim: memory %d MB, disk %d GB, vcpus %d CPU" % (inst(), pick(512, 2048), pick(1, 20), 1)),
        (2, "E40", "", lambda: "%s Total memory: 64172 MB, used: %.2f MB" % (inst(), pick(512.0, 2560.0))),
        (2, "E34", "", lambda: "%s memory limit: 96258.00 MB, free: %.2f MB" % (inst(), R.uniform(90000, 96000))),
        (2, "E39", "", lambda: "%s Total disk: 15 GB, used: %.2f GB" % (inst(), pick(0.0, 1.0, 20.0))),
        (2, "E18", "", lambda: "%s disk limit not specified, defaulting to unlimited" % inst()),
        (2, "E41", "", lambda: "%s Total vcpu: 16 VCPU, used: %.2f VCPU" % (inst(), pick(0.0, 1.0))),
        (2, "E43", "", lambda: "%s vcpu limit not specified, defaulting to unlimited" % inst()),
        (2, "E9", "", lambda: "%s Claim successful" % inst()),
        (2, "E12", "", lambda: "%s Creating image" % inst()),
        (3, "E11", "", lambda: "Compute_service record updated for %s:%s" % (host, host)),
        (3, "E6", "", lambda: "Auditing locally available compute resources for node %s" % host),
        (3, "E22", "", lambda: "Final resource view: name=%s phys_ram=64172MB used_ram=%dMB phys_disk=15GB used_disk=%dGB total_vcpus=16 used_vcpus=%d pci_stats=[]" % (host, pick(512, 2560), pick(0, 20), pick(0, 1))),
        (3, "E42", "", lambda: "Total usable vcpus: 16, total allocated vcpus: %d" % pick(0, 1)),
        (2, "E33", "", lambda: "Successfully synced instances from host '%s'." % host),
        (2, "E44", "", lambda: "While synchronizing instance power states, found %d instances in the database and %d instances on the hypervisor." % (pick(0, 1), pick(0, 1))),
        (2, "E23", "", lambda: "image %s at (%s): checking" % (uuid(), base)),
        (2, "E24b", "", lambda: "image %s at (%s): in use: on this node %d local, %d on other nodes sharing this instance storage" % (uuid(), base, R.randint(0, 2), 0)),
        (2, "E2", "", lambda: "Active base files: %s" % base),
        (1, "E45", "", lambda: "Unknown base file: %s" % base),
        (1, "E7", "", lambda: "Base or swap file too young to remove: %s" % base),
    ]


@held_out("HPC")
def hpc():
    def node():
        return "node-%d" % R.randint(0, 255)
    return [
        (16, "E10", "", lambda: "Component State Change: Component \\042alt%d\\042 is in the unavailable state (HWID=%d)" % (R.randint(0, 9), R.randint(1000, 5000))),
        (12, "E23", "", lambda: "inconsistent nodesets %s" % " ".join("%s 0x%s <ok>" % (node(), hexs(8)) for _ in range(R.randint(2, 6)))),
        (10, "E5", "", lambda: "Command has completed successfully"),
        (8, "E30", "", lambda: "Temperature (%dC) exceeds warning threshold" % R.randint(35, 60)),
        (4, "E29", "", lambda: "Temperature (%dC) exceeds critical threshold" % R.randint(60, 90)),
        (8, "E4", "", lambda: "ClusterFileSystem: There is no server for ServerFileSystem domain storage%d" % R.randint(100, 999)),
        (8, "E16", "", lambda: "Fan speeds ( %s )" % " ".join(str(R.randint(3000, 4500)) for _ in range(6))),
        (6, "E2", "", lambda: "boot (command %d) Error: Command Aborted: fatal hardware check failed" % R.randint(1000, 4000)),
        (4, "E18", "", lambda: "halt (command %d) Error: Command Aborted: command error on %s" % (R.randint(1000, 4000), node())),
        (6, "E24", "", lambda: "Link error on broadcast tree Interconnect-%dT%02d:%02d:%d:%d" % (R.randint(0, 1), R.randint(0, 10), 0, R.randint(0, 3), R.randint(0, 3))),
        (4, "E25", "", lambda: "Link in reset"),
        (3, "E26", "", lambda: "Link disconnected"),
        (4, "E28", "", lambda: "PSU status ( %s %s )" % (pick("on", "off"), pick("on", "off"))),
        (3, "E21", "", lambda: "%s (0x%s) has gone down" % (node(), hexs(8))),
        (3, "E27", "", lambda: "%s is configured out" % node()),
        (2, "E31", "", lambda: "risBoot command complete"),
        (2, "E14", "", lambda: "ServerFileSystem: ServerFileSystem domain storage%d has all its %d servers down" % (R.randint(100, 999), R.randint(1, 4))),
    ]


@held_out("Mac")
def mac():
    def tsf():
        return "%d.%06d" % (R.randint(600000, 700000), R.randint(0, 999999))
    procs = ["com.apple.Addres", "QQ", "WeChat", "Google Chrome He", "com.apple.WebKit", "Microsoft Word", "Dropbox"]
    services = ["com.apple.coreservices.launchservicesd", "com.apple.networking.captivenetworksupport", "com.apple.windowserver.active", "com.apple.tccd"]
    return [
        (14, "E12", "", lambda: "ARPT: %s: wl0: wl_update_tcpkeep_seq: Original Seq: %d, Ack: %d, Win size: %d" % (tsf(), R.randint(10**9, 4 * 10**9), R.randint(10**9, 4 * 10**9), pick(4096, 2048))),
        (12, "E17", "", lambda: "ARPT: %s: wl0: setup_keepalive: Seq: %d, Ack: %d, Win size: %d" % (tsf(), R.randint(10**9, 4 * 10**9), R.randint(10**9, 4 * 10**9), pick(4096, 2048))),
        (6, "E9", "", lambda: "ARPT: %s: wl0: MDNS: IPV4 Addr: 10.105.%d.%d" % (tsf(), R.randint(0, 255), R.randint(1, 254))),
        (6, "E10", "", lambda: "ARPT: %s: wl0: MDNS: IPV6 Addr: fe80:0:0:0:c6b3:1ff:fecd:%s" % (tsf(), hexs(4))),
        (6, "E3", "", lambda: "ARPT: %s: AirPort_Brcm43xx::syncPowerState: WWEN[%s]" % (tsf(), pick("enabled", "disabled"))),
        (8, "E20", "", lambda: "AppleThunderboltNHIType2::prePCIWake - power up complete - took %d us" % R.randint(1, 3)),
        (6, "E19", "", lambda: "AppleThunderboltGenericHAL::earlyWake - complete - took %d milliseconds" % R.randint(0, 2)),
        (5, "E6", "", lambda: "AirPort: Link Down on %s. Reason %d (%s)." % (pick("awdl0", "en0"), R.randint(1, 8), pick("Unspecified", "Disassociated because station leaving"))),
        (5, "E7", "", lambda: "AirPort: Link Up on %s" % pick("awdl0", "en0")),
        (8, "E31", "", lambda: "Sandbox: %s(%d) deny(1) mach-lookup %s" % (R.choice(procs), R.randint(100, 40000), R.choice(services))),
        (6, "E37", "", lambda: "Thermal pressure state: %d Memory pressure state: %d" % (R.randint(0, 1), R.randint(0, 1))),
        (4, "E26", "", lambda: "PM response took %d ms (%d, %s)" % (R.randint(1000, 3000), R.randint(40, 400), pick("powerd", "WindowServer", "mDNSResponder"))),
        (3, "E24", "", lambda: "hibernate_page_list_setall(preflight %d) start" % R.randint(0, 1)),
        (4, "E43", "", lambda: "Wake reason: %s" % pick("RTC (Alarm)", "EC.SleepTimer (SleepTimer)", "ARPT (Network)", "EC.LidOpen (LidOpen)")),
        (3, "E27", "", lambda: "mDNS_RegisterInterface: Frequent transitions for interface en0 (10.105.%d.%d)" % (R.randint(0, 255), R.randint(1, 254))),
        (3, "E33", "", lambda: "Service exited with abnormal code: %d" % R.randint(1, 255)),
        (3, "E34", "", lambda: "Service only ran for %d seconds. Pushing respawn out by %d seconds." % (R.randint(0, 9), 10)),
        (3, "E13", "", lambda: "Failed to bootstrap path: path = %s, error = 2: No such file or directory" % pick("/usr/libexec/xpcd", "/System/Library/PrivateFrameworks/SafariSafeBrowsing.framework/com.apple.Safari.SafeBrowsing.Service")),
        (2, "E1", "", lambda: "[HID] [MT] AppleMultitouchDevice::willTerminate entered"),
        (2, "E38", "", lambda: "en0: channel changed to %d" % pick(1, 6, 11, 36, 149)),
    ]


@held_out("MongoDB")
def mongodb():
    def peer():
        return "%s:%d" % (ip(), R.randint(30000, 60000))
    return [
        (20, "E1", "", lambda: "connection accepted from %s #%d (%d connections now open)" % (peer(), R.randint(1, 900), R.randint(1, 80))),
        (20, "E2", "", lambda: "end connection %s (%d connections now open)" % (peer(), R.randint(1, 80))),
        (10, "E3", "", lambda: "Successfully authenticated as principal %s on %s from client %s" % (pick("rocketchat", "admin", "oploguser"), pick("rocketchat", "admin"), peer())),
        (8, "E4", "", lambda: 'received client metadata from %s conn%d: { driver: { name: "nodejs", version: "%s" }, os: { type: "Linux", name: "linux", architecture: "x64", version: "5.4.0-%d-generic" }, platform: "Node.js v%s, LE (legacy)" }' % (peer(), R.randint(1, 900), pick("3.6.9", "4.17.2"), R.randint(40, 150), pick("12.22.1", "14.21.3"))),
        (8, "E5", "", lambda: 'command rocketchat.%s command: find { find: "%s", filter: { rid: "%s" } } planSummary: IXSCAN { rid: 1, ts: -1 } keysExamined:%d docsExamined:%d numYields:%d reslen:%d protocol:op_msg %dms' % ((lambda c: (c, c))(pick("rocketchat_message", "rocketchat_subscription", "users")) + (meteor_id(), R.randint(0, 500), R.randint(0, 500), R.randint(0, 9), R.randint(100, 90000), R.randint(100, 3000)))),
        (5, "E6", "", lambda: "WiredTiger message [%d:%d][1:0x7f%s], WT_SESSION.checkpoint: Checkpoint has been running for %d seconds and wrote: %d pages (%d MB)" % (R.randint(1600000000, 1700000000), R.randint(0, 999999), hexs(10), R.randint(10, 90), R.randint(1000, 90000), R.randint(10, 900))),
        (4, "E7", "", lambda: "transition to %s from %s" % R.choice([("SECONDARY", "STARTUP2"), ("PRIMARY", "SECONDARY"), ("RECOVERING", "SECONDARY"), ("SECONDARY", "RECOVERING")])),
        (4, "E8", "", lambda: "Member %s:27017 is now in state %s" % (pick("mongo-0.mongo", "mongo-1.mongo", "mongo-2.mongo"), pick("PRIMARY", "SECONDARY", "ARBITER"))),
        (3, "E9", "", lambda: "createCollection: rocketchat.%s with generated UUID: %s" % (pick("rocketchat_room", "rocketchat_uploads", "rocketchat_apps_logs"), uuid())),
        (3, "E10", "", lambda: "Failed to connect to %s, reason: errno:111 Connection refused" % peer()),
        (2, "E11", "", lambda: "waiting for connections on port 27017"),
        (2, "E12", "", lambda: "db version v%s" % pick("4.0.27", "4.4.18", "5.0.14")),
        (2, "E13", "", lambda: "allocator: tcmalloc"),
        (2, "E14", "", lambda: "** WARNING: Access control is not enabled for the database."),
        (2, "E15", "", lambda: "Detected data files in /data/db created by the 'wiredTiger' storage engine, so setting the active storage engine to 'wiredTiger'."),
        (2, "E16", "", lambda: "pid=1 port=27017 dbpath=/data/db 64-bit host=%s" % hexs(12)),
    ]


# ---- Second held-out set (labelled-logs-heldout2.tsv): ten more kinds of systems, written in one
# sitting before the rules were changed again (tmpl2 session), from those systems' log statements.
# Labels: one event per logging statement (values of a statement's arguments are variables, also
# when they are words or several words, e.g. systemd unit descriptions, Postfix delivery replies).
HELD_OUT_2 = {}


def held_out_2(name):
    def deco(f):
        HELD_OUT_2[name] = f
        return f
    return deco


FIRST = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "oscar", "peggy", "trent", "victor", "walter"]
HOSTS = ["chat.example.com", "rocket.acme.io", "im.corp.example.org", "open.rocket.chat"]


def pod():
    return "%s-%s-%s" % (pick("rocketchat", "mongodb", "nginx-ingress", "coredns", "redis", "nats"), hexs(9)[:R.choice([9, 10])].replace("0", "b"), "".join(R.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)))


def ns():
    return pick("default", "rocketchat", "kube-system", "monitoring", "ingress-nginx")


def dur_s():
    return "%.3fs" % R.uniform(0.01, 9)


def sql():
    return R.choice([
        lambda: "SELECT * FROM users WHERE id = %d" % R.randint(1, 90000),
        lambda: "SELECT id, name, email FROM accounts WHERE email = '%s@example.org'" % R.choice(FIRST),
        lambda: "UPDATE sessions SET last_seen = now() WHERE token = '%s'" % hexs(32),
        lambda: "INSERT INTO audit_log (user_id, action, created_at) VALUES (%d, '%s', now())" % (R.randint(1, 9000), pick("login", "logout", "update")),
        lambda: "DELETE FROM job_queue WHERE status = 'done' AND finished_at < now() - interval '%d days'" % R.randint(1, 30),
        lambda: "COMMIT",
        lambda: "SELECT count(*) FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.created_at > '2024-0%d-01'" % R.randint(1, 9),
    ])()


@held_out_2("PostgreSQL")
def postgresql():
    def ms():
        return "%.3f" % R.expovariate(1 / 400.0)
    def user():
        return pick("app", "rocket", "postgres", "readonly", "metabase")
    def db():
        return pick("app_production", "rocketchat", "postgres", "analytics")
    def client():
        return "%s" % ip()
    def table():
        return "%s.public.%s" % (db(), pick("users", "sessions", "messages", "audit_log", "job_queue", "orders"))
    return [
        (30, "E1", "", lambda: "duration: %s ms  statement: %s" % (ms(), sql())),
        (16, "E2", "", lambda: "connection received: host=%s port=%d" % (client(), R.randint(30000, 65000))),
        (14, "E3", "", lambda: "connection authorized: user=%s database=%s application_name=%s" % (user(), db(), pick("psql", "PostgreSQL JDBC Driver", "pgAdmin 4 - DB:postgres", "Metabase v0.48.1"))),
        (12, "E4", "", lambda: "disconnection: session time: %d:%02d:%06.3f user=%s database=%s host=%s port=%d" % (R.randint(0, 3), R.randint(0, 59), R.uniform(0, 59.999), user(), db(), client(), R.randint(30000, 65000))),
        (6, "E5", "", lambda: "checkpoint starting: %s" % pick("time", "time", "wal", "immediate force wait", "shutdown immediate")),
        (6, "E6", "", lambda: "checkpoint complete: wrote %d buffers (%.1f%%); %d WAL file(s) added, %d removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s; sync files=%d, longest=%.3f s, average=%.3f s; distance=%d kB, estimate=%d kB" % (R.randint(1, 9000), R.uniform(0, 20), R.randint(0, 2), R.randint(0, 3), R.randint(0, 9), R.uniform(0, 270), R.uniform(0, 1), R.uniform(0, 270), R.randint(1, 200), R.uniform(0, 0.5), R.uniform(0, 0.05), R.randint(100, 90000), R.randint(100, 90000))),
        (6, "E7", "", lambda: "automatic vacuum of table \"%s\": index scans: %d" % (table(), R.randint(0, 2))),
        (5, "E8", "", lambda: "automatic analyze of table \"%s\" system usage: CPU: user: %.2f s, system: %.2f s, elapsed: %.2f s" % (table(), R.uniform(0, 2), R.uniform(0, 1), R.uniform(0, 5))),
        (6, "E9", "", lambda: "password authentication failed for user \"%s\"" % pick("postgres", "admin", "app", "root", "test", "oracle", "ubuntu")),
        (4, "E10", "", lambda: "could not receive data from client: Connection reset by peer"),
        (3, "E11", "", lambda: "unexpected EOF on client connection with an open transaction"),
        (4, "E12", "", lambda: "relation \"%s\" does not exist at character %d" % (pick("user_settings", "public.rocketchat_message", "schema_migrations", "tmp_import"), R.randint(15, 300))),
        (4, "E13", "", lambda: "duplicate key value violates unique constraint \"%s\"" % pick("users_email_key", "sessions_pkey", "orders_pkey", "uniq_subscription_user_room")),
        (3, "E14", "", lambda: "canceling statement due to statement timeout"),
        (2, "E15", "", lambda: "terminating connection due to administrator command"),
        (2, "E16", "", lambda: "deadlock detected"),
        (3, "E17", "", lambda: "process %d still waiting for ShareLock on transaction %d after %.3f ms" % (R.randint(1000, 90000), R.randint(10**6, 10**8), R.uniform(1000, 1100))),
        (2, "E18", "", lambda: "process %d acquired ShareLock on transaction %d after %.3f ms" % (R.randint(1000, 90000), R.randint(10**6, 10**8), R.uniform(1000, 9000))),
        (3, "E19", "", lambda: "temporary file: path \"base/pgsql_tmp/pgsql_tmp%d.%d\", size %d" % (R.randint(1000, 90000), R.randint(0, 40), R.randint(10**5, 10**9))),
        (2, "E20", "", lambda: "database system is ready to accept connections"),
        (1, "E21", "", lambda: "database system was shut down at 2024-%02d-%02d %02d:%02d:%02d UTC" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))),
        (1, "E22", "", lambda: "received fast shutdown request"),
        (1, "E23", "", lambda: "aborting any active transactions"),
        (1, "E24", "", lambda: "background worker \"logical replication launcher\" (PID %d) exited with exit code 1" % R.randint(30, 9000)),
        (3, "E25", "", lambda: "role \"%s\" does not exist" % pick("root", "admin", "rocketchat", "nagios")),
        (2, "E26", "", lambda: "sorry, too many clients already"),
        (2, "E27", "", lambda: "database \"%s\" does not exist" % pick("rocket", "test", "app_development")),
    ]


@held_out_2("Nginx")
def nginx():
    def c():
        return "*%d" % R.randint(1, 9000000)
    def req(method=None):
        return "%s %s HTTP/1.1" % (method or pick("GET", "GET", "GET", "POST"), pick("/api/v1/me", "/api/v1/login", "/sockjs/info?cb=%s" % hexs(10), "/websocket", "/api/v1/rooms.upload/%s" % meteor_id(), "/avatar/%s" % R.choice(FIRST), "/file-upload/%s/%s.png" % (meteor_id(), R.choice(FIRST))))
    def tail(h=None):
        h = h or R.choice(HOSTS)
        return "client: %s, server: %s, request: \"%s\"" % (ip(), h, req())
    def up(path):
        return "http://%s:3000%s" % (pick("127.0.0.1", "10.0.1.12", "10.0.1.13", "[::1]"), path)
    def full(msg):
        h = R.choice(HOSTS)
        r = req()
        return "%s %s, client: %s, server: %s, request: \"%s\", upstream: \"%s\", host: \"%s\"" % (c(), msg, ip(), h, r, up(r.split(" ")[1]), h)
    return [
        (22, "E1", "", lambda: full("connect() failed (111: Connection refused) while connecting to upstream")),
        (16, "E2", "", lambda: full("upstream timed out (110: Connection timed out) while reading response header from upstream")),
        (8, "E3", "", lambda: full("upstream prematurely closed connection while reading response header from upstream")),
        (6, "E4", "", lambda: full("recv() failed (104: Connection reset by peer) while reading response header from upstream")),
        (10, "E5", "", lambda: "%s open() \"/usr/share/nginx/html/%s\" failed (2: No such file or directory), client: %s, server: %s, request: \"GET /%s HTTP/1.1\", host: \"%s\"" % ((lambda f, h: (c(), f, ip(), h, f, h))(pick("favicon.ico", "robots.txt", "wp-login.php", ".env", "apple-touch-icon.png", "sitemap.xml"), R.choice(HOSTS)))),
        (6, "E6", "", lambda: "%s client intended to send too large body: %d bytes, %s, host: \"%s\"" % (c(), R.randint(10**6, 10**9), tail(), R.choice(HOSTS))),
        (5, "E7", "", lambda: "%s SSL_do_handshake() failed (SSL: error:%s:SSL routines:%s) while SSL handshaking, client: %s, server: 0.0.0.0:443" % (c(), pick("14094412", "1417A0C1", "0A000076"), pick("ssl3_read_bytes:sslv3 alert bad certificate:SSL alert number 42", "tls_post_process_client_hello:no shared cipher", "final_renegotiate:unsafe legacy renegotiation disabled"), ip())),
        (6, "E8", "", lambda: "%s limiting requests, excess: %.3f by zone \"%s\", %s, host: \"%s\"" % (c(), R.uniform(5, 60), pick("api", "login", "perip"), tail(), R.choice(HOSTS))),
        (4, "E9", "", lambda: "%s a client request body is buffered to a temporary file /var/cache/nginx/client_temp/%010d, %s, host: \"%s\"" % (c(), R.randint(1, 9999999), tail(), R.choice(HOSTS))),
        (4, "E10", "", lambda: full("no live upstreams while connecting to upstream")),
        (4, "E11", "", lambda: "%s access forbidden by rule, client: %s, server: %s, request: \"GET /%s HTTP/1.1\", host: \"%s\"" % (c(), ip(), R.choice(HOSTS), pick(".git/config", "admin", "server-status"), R.choice(HOSTS))),
        (3, "E12", "", lambda: "%s directory index of \"/var/www/html/%s/\" is forbidden, client: %s, server: %s, request: \"GET /%s/ HTTP/1.1\", host: \"%s\"" % ((lambda d, h: (c(), d, ip(), h, d, h))(pick("assets", "uploads", "static"), R.choice(HOSTS)))),
        (2, "E13", "", lambda: "signal process started"),
        (2, "E14", "", lambda: "using the \"epoll\" event method"),
        (4, "E15", "", lambda: "start worker process %d" % R.randint(20, 40000)),
        (2, "E16", "", lambda: "conflicting server name \"%s\" on 0.0.0.0:80, ignored" % R.choice(HOSTS)),
        (3, "E17", "", lambda: "%s upstream sent too big header while reading response header from upstream, %s, upstream: \"%s\", host: \"%s\"" % (c(), tail(), up("/api/v1/me"), R.choice(HOSTS))),
        (3, "E18", "", lambda: "%s connect() to %s:3000 failed (99: Cannot assign requested address) while connecting to upstream, %s, upstream: \"%s\", host: \"%s\"" % (c(), pick("127.0.0.1", "10.0.1.12"), tail(), up("/websocket"), R.choice(HOSTS))),
    ]


@held_out_2("Kubelet")
def kubelet():
    def pref():
        return "%s/%s" % (ns(), pod())
    def uid():
        return uuid()
    def cid():
        return hexs(64)
    def cname():
        return pick("rocketchat", "mongodb", "controller", "coredns", "redis", "nats", "metrics-exporter")
    return [
        (20, "E1", "", lambda: "\"SyncLoop (PLEG): event for pod\" pod=\"%s\" event=&{ID:%s Type:%s Data:%s}" % (pref(), uid(), pick("ContainerStarted", "ContainerDied", "ContainerStarted"), cid())),
        (12, "E2", "", lambda: "\"Probe failed\" probeType=\"%s\" pod=\"%s\" podUID=%s containerName=\"%s\" probeResult=\"failure\" output=\"Get \\\"http://10.244.%d.%d:%d/%s\\\": dial tcp 10.244.%d.%d:%d: connect: connection refused\"" % ((lambda a, b, prt, path: (pick("Readiness", "Liveness", "Startup"), pref(), uid(), cname(), a, b, prt, path, a, b, prt))(R.randint(0, 9), R.randint(2, 250), pick(3000, 8080, 9090), pick("health", "healthz", "api/info", "ready")))),
        (10, "E3", "", lambda: "\"Error syncing pod, skipping\" err=\"failed to \\\"StartContainer\\\" for \\\"%s\\\" with CrashLoopBackOff: \\\"back-off %s restarting failed container=%s pod=%s_%s(%s)\\\"\" pod=\"%s\" podUID=%s" % ((lambda cn, p, n, u: (cn, pick("10s", "20s", "40s", "1m20s", "2m40s", "5m0s"), cn, p, n, u, n + "/" + p, u))(cname(), pod(), ns(), uid()))),
        (8, "E4", "", lambda: "\"Killing container with a grace period\" pod=\"%s\" podUID=%s containerName=\"%s\" containerID=\"containerd://%s\" gracePeriod=%d" % (pref(), uid(), cname(), cid(), pick(30, 30, 60, 1))),
        (8, "E5", "", lambda: "\"RemoveContainer\" containerID=\"%s\"" % cid()),
        (5, "E6", "", lambda: "\"SyncLoop ADD\" source=\"api\" pods=[\"%s\"]" % pref()),
        (4, "E7", "", lambda: "\"SyncLoop DELETE\" source=\"api\" pods=[\"%s\"]" % pref()),
        (5, "E8", "", lambda: "\"SyncLoop UPDATE\" source=\"api\" pods=[\"%s\"]" % pref()),
        (3, "E9", "", lambda: "\"SyncLoop REMOVE\" source=\"api\" pods=[\"%s\"]" % pref()),
        (6, "E10", "", lambda: "MountVolume.SetUp succeeded for volume \"%s\" (UniqueName: \"kubernetes.io/%s/%s-%s\") pod \"%s\" (UID: \"%s\")" % ((lambda v, u: (v, pick("configmap", "secret", "projected"), u, v, pod(), u))(pick("config", "kube-api-access-%s" % "".join(R.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)), "tls-certs", "mongodb-keyfile"), uid()))),
        (5, "E11", "", lambda: "Volume detached for volume \"%s\" (UniqueName: \"kubernetes.io/projected/%s-%s\") on node \"%s\" DevicePath \"\"" % ((lambda v, u: (v, u, v, pick("worker-1", "worker-2", "ip-10-0-3-17.eu-west-1.compute.internal")))("kube-api-access-%s" % "".join(R.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)), uid()))),
        (4, "E12", "", lambda: "\"Observed pod startup duration\" pod=\"%s\" podStartSLOduration=%.9f podStartE2EDuration=\"%.9fs\"" % (pref(), R.uniform(1, 90), R.uniform(1, 90))),
        (3, "E13", "", lambda: "\"Failed to get system container stats\" err=\"failed to get cgroup stats for \\\"%s\\\": failed to get container info for \\\"%s\\\": unknown container \\\"%s\\\"\" containerName=\"%s\"" % ((lambda c: (c, c, c, c))(pick("/system.slice/docker.service", "/system.slice/kubelet.service", "/system.slice/containerd.service")))),
        (2, "E14", "", lambda: "\"Container runtime network not ready\" networkReady=\"NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized\""),
        (2, "E15", "", lambda: "\"Attempting to register node\" node=\"%s\"" % pick("worker-1", "worker-2", "cp-1")),
        (2, "E16", "", lambda: "\"Successfully registered node\" node=\"%s\"" % pick("worker-1", "worker-2", "cp-1")),
        (3, "E17", "", lambda: "\"Nameserver limits exceeded\" err=\"Nameserver limits were exceeded, some nameservers have been omitted, the applied nameserver line is: %s %s %s\"" % (ip(), ip(), ip())),
        (3, "E18", "", lambda: "\"Eviction manager: attempting to reclaim\" resourceName=\"%s\"" % pick("ephemeral-storage", "memory", "nodefs.inodesFree")),
        (2, "E19", "", lambda: "\"Image garbage collection failed once. Stats initialization may not have completed yet\" err=\"invalid capacity 0 on image filesystem\""),
    ]


@held_out_2("Systemd")
def systemd():
    def unit():
        return pick("apt-daily.service", "apt-daily-upgrade.service", "logrotate.service", "man-db.service", "rocketchat.service", "docker.service", "snapd.service", "fwupd-refresh.service", "certbot.service", "motd-news.service", "mongod.service", "nginx.service")
    def desc():
        return R.choice([
            lambda: "Session %d of user %s" % (R.randint(1, 9000), pick("root", "ubuntu", "rocketchat", R.choice(FIRST))),
            lambda: "Session %d of user %s" % (R.randint(1, 9000), pick("root", "ubuntu", "rocketchat", R.choice(FIRST))),
            lambda: "Daily apt download activities",
            lambda: "Daily apt upgrade and clean activities",
            lambda: "Rotate log files",
            lambda: "Daily man-db regeneration",
            lambda: "The Rocket.Chat server",
            lambda: "Docker Application Container Engine",
            lambda: "Message of the Day",
            lambda: "Refresh fwupd metadata and update motd",
            lambda: "Cleanup of Temporary Directories",
            lambda: "User Manager for UID %d" % pick(0, 1000, 1001, 998),
            lambda: "Certbot",
        ])()
    def cpu():
        return pick("%dms" % R.randint(1, 999), "%.3fs" % R.uniform(1, 59), "%dmin %.3fs" % (R.randint(1, 30), R.uniform(0, 59)))
    return [
        (24, "E1", "", lambda: "Started %s." % desc()),
        (10, "E2", "", lambda: "Starting %s..." % desc()),
        (8, "E3", "", lambda: "%s: Deactivated successfully." % unit()),
        (6, "E4", "", lambda: "Finished %s." % desc()),
        (5, "E5", "", lambda: "Stopped %s." % desc()),
        (4, "E6", "", lambda: "Stopping %s..." % desc()),
        (6, "E7", "", lambda: "%s: Consumed %s CPU time." % (unit(), cpu())),
        (4, "E8", "", lambda: "%s: Main process exited, code=exited, status=%d/%s" % (unit(), R.randint(1, 3), pick("FAILURE", "INVALIDARGUMENT", "NOTIMPLEMENTED"))),
        (4, "E9", "", lambda: "%s: Failed with result '%s'." % (unit(), pick("exit-code", "exit-code", "timeout", "signal", "core-dump"))),
        (3, "E10", "", lambda: "Failed to start %s." % desc()),
        (3, "E11", "", lambda: "%s: Scheduled restart job, restart counter is at %d." % (unit(), R.randint(1, 40))),
        (3, "E12", "", lambda: "Reached target %s." % pick("Timers", "Sockets", "Basic System", "Paths", "Default", "Exit the Session", "Shutdown")),
        (2, "E13", "", lambda: "Stopped target %s." % pick("Timers", "Sockets", "Basic System", "Paths", "Default")),
        (3, "E14", "", lambda: "Created slice %s." % pick("User Slice of UID %d" % pick(0, 1000, 1001), "system-getty.slice", "Slice /system/modprobe")),
        (8, "E15", "", lambda: "New session %d of user %s." % (R.randint(1, 9000), pick("root", "ubuntu", "rocketchat", R.choice(FIRST)))),
        (7, "E16", "", lambda: "Removed session %d." % R.randint(1, 9000)),
        (4, "E17", "", lambda: "Session %d logged out. Waiting for processes to exit." % R.randint(1, 9000)),
        (2, "E18", "", lambda: "Reloading."),
        (2, "E19", "", lambda: "Listening on %s." % pick("D-Bus User Message Bus Socket", "GnuPG cryptographic agent and passphrase cache", "REST API socket for snapd user session agent")),
        (3, "E20", "", lambda: "%s: Killing process %d (%s) with signal SIGKILL." % (unit(), R.randint(100, 90000), pick("node", "mongod", "python3", "sh"))),
        (2, "E21", "", lambda: "Startup finished in %.3fs (kernel) + %.3fs (userspace) = %.3fs." % (R.uniform(1, 5), R.uniform(3, 60), R.uniform(5, 70))),
        (2, "E22", "", lambda: "%s: Start request repeated too quickly." % unit()),
        (2, "E23", "", lambda: "Condition check resulted in %s being skipped." % pick("Set console font and keymap", "Rebuild Hardware Database", "Platform Persistent Storage Archival")),
    ]


@held_out_2("Postfix")
def postfix():
    def qid():
        return "".join(R.choice("0123456789ABCDEF") for _ in range(R.choice([10, 11])))
    def peer():
        return R.choice([lambda: "unknown[%s]" % ip(), lambda: "mail-%s.google.com[%s]" % (pick("wr1-f41", "ej1-f54", "lj1-f175"), ip()), lambda: "%s[%s]" % (pick("mx.example.net", "smtp.corp.example.org", "localhost"), ip())])()
    def addr():
        return "%s@%s" % (R.choice(FIRST), pick("example.com", "gmail.com", "corp.example.org", "acme.io"))
    def delays():
        return "delay=%.2f, delays=%.2f/%.2f/%.2f/%.2f" % (R.uniform(0, 9), R.uniform(0, 1), R.uniform(0, 0.1), R.uniform(0, 5), R.uniform(0, 3))
    def status():
        return R.choice([
            lambda: "relay=%s:25, %s, dsn=2.0.0, status=sent (250 2.0.0 OK  %d %s - gsmtp)" % (peer(), delays(), R.randint(1700000000, 1720000000), "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(20))),
            lambda: "relay=%s:25, %s, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as %s)" % (peer(), delays(), qid()),
            lambda: "relay=none, %s, dsn=4.4.1, status=deferred (connect to %s:25: Connection timed out)" % (delays(), peer()),
            lambda: "relay=%s:25, %s, dsn=5.1.1, status=bounced (host %s said: 550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command))" % (peer(), delays(), peer(), addr()),
        ])()
    return [
        (20, "E1", "", lambda: "connect from %s" % peer()),
        (18, "E2", "", lambda: "disconnect from %s %s" % (peer(), pick("ehlo=1 mail=1 rcpt=1 data=1 quit=1 commands=5", "ehlo=1 quit=1 commands=2", "ehlo=2 starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=7", "ehlo=1 auth=0/1 quit=1 commands=2/3", "commands=0/0"))),
        (12, "E3", "", lambda: "%s: client=%s" % (qid(), peer())),
        (12, "E4", "", lambda: "%s: message-id=<%s@%s>" % (qid(), hexs(16), pick("example.com", "mail.gmail.com", "chat.example.com"))),
        (12, "E5", "", lambda: "%s: from=<%s>, size=%d, nrcpt=%d (queue active)" % (qid(), addr(), R.randint(500, 90000), R.randint(1, 3))),
        (16, "E6", "", lambda: "%s: to=<%s>, %s" % (qid(), addr(), status())),
        (12, "E7", "", lambda: "%s: removed" % qid()),
        (5, "E8", "", lambda: "NOQUEUE: reject: RCPT from %s: 554 5.7.1 <%s>: Relay access denied; from=<%s> to=<%s> proto=ESMTP helo=<%s>" % (peer(), addr(), addr(), addr(), pick("WIN-CLJ1B0GQ6JP", "User", "ylmf-pc"))),
        (4, "E9", "", lambda: "warning: hostname %s does not resolve to address %s: Name or service not known" % (pick("static.vnpt.vn", "host-%d.example.net" % R.randint(1, 999)), ip())),
        (5, "E10", "", lambda: "lost connection after %s from %s" % (pick("AUTH", "EHLO", "CONNECT", "DATA", "RCPT"), peer())),
        (5, "E11", "", lambda: "warning: %s: SASL LOGIN authentication failed: authentication failure" % peer()),
        (2, "E12", "", lambda: "statistics: max connection rate %d/60s for (smtp:%s) at %s %2d %02d:%02d:%02d" % (R.randint(1, 9), ip(), pick("Jan", "May", "Oct"), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))),
        (2, "E13", "", lambda: "%s: sender non-delivery notification: %s" % (qid(), qid())),
        (2, "E14", "", lambda: "warning: TLS library problem: error:0A000126:SSL routines::unexpected eof while reading:../ssl/record/rec_layer_s3.c:%d:" % pick(308, 317)),
        (2, "E15", "", lambda: "daemon started -- version 3.%d.%d, configuration /etc/postfix" % (R.randint(4, 8), R.randint(0, 9))),
    ]


@held_out_2("Cassandra")
def cassandra():
    def ks_tbl():
        return pick("system.local", "system.peers_v2", "rocket.messages", "rocket.sessions", "system_schema.tables", "system.size_estimates")
    def mb():
        return "%.3fMiB" % R.uniform(0.01, 900)
    def peer():
        return "10.0.%d.%d" % (R.randint(0, 3), R.randint(2, 60))
    return [
        (14, "E1", "", lambda: "Compacted (%s) %d sstables to [/var/lib/cassandra/data/%s-%s/nb-%d-big,] to level=0.  %s to %s (~%d%% of original) in %dms.  Read Throughput = %s/s, Write Throughput = %s/s, Row Throughput = ~%d/s.  %d total partitions merged to %d.  Partition merge counts were {%s}" % ((lambda kt: (uuid(), R.randint(2, 32), kt.replace(".", "/"), hexs(32), R.randint(1, 9000), mb(), mb(), R.randint(20, 100), R.randint(10, 90000), mb(), mb(), R.randint(10, 90000), R.randint(10, 9000), R.randint(10, 9000), ", ".join("%d:%d" % (R.randint(1, 4), R.randint(1, 900)) for _ in range(R.randint(1, 3)))))(ks_tbl()))),
        (14, "E2", "", lambda: "Writing Memtable-%s@%d(%s serialized bytes, %d ops, %d%%/%d%% of on/off-heap limit), flushed range = (min(-9223372036854775808), max(9223372036854775807)]" % (ks_tbl().split(".")[1], R.randint(10**8, 2 * 10**9), pick("%.3fKiB" % R.uniform(1, 999), mb()), R.randint(1, 90000), R.randint(0, 9), R.randint(0, 9))),
        (12, "E3", "", lambda: "Completed flushing /var/lib/cassandra/data/%s-%s/nb-%d-big-Data.db (%s) for commitlog position CommitLogPosition(segmentId=%d, position=%d)" % (ks_tbl().replace(".", "/"), hexs(32), R.randint(1, 9000), pick("%.3fKiB" % R.uniform(1, 999), mb()), R.randint(10**12, 2 * 10**12), R.randint(1000, 30000000))),
        (10, "E4", "", lambda: "Enqueuing flush of %s: %s (%d%%) on-heap, %s (%d%%) off-heap" % (ks_tbl().split(".")[1], mb(), R.randint(0, 9), pick("0.000KiB", mb()), R.randint(0, 9))),
        (8, "E5", "", lambda: "G1 Young Generation GC in %dms.  G1 Eden Space: %d -> 0; G1 Old Gen: %d -> %d; G1 Survivor Space: %d -> %d;" % (R.randint(200, 900), R.randint(10**8, 10**9), R.randint(10**8, 4 * 10**9), R.randint(10**8, 4 * 10**9), R.randint(10**6, 10**8), R.randint(10**6, 10**8))),
        (5, "E6", "", lambda: "InetAddress /%s is now DOWN" % peer()),
        (5, "E7", "", lambda: "InetAddress /%s is now UP" % peer()),
        (4, "E8", "", lambda: "Handshaking version with /%s" % peer()),
        (3, "E9", "", lambda: "Node /%s state jump to NORMAL" % peer()),
        (4, "E10", "", lambda: "Initializing %s" % ks_tbl()),
        (3, "E11", "", lambda: "Redistributing index summaries"),
        (3, "E12", "", lambda: "Maximum memory usage reached (%dMiB), cannot allocate chunk of 1.000MiB" % pick(512, 1024, 2048)),
        (3, "E13", "", lambda: "Scanned over %d tombstones during query 'SELECT * FROM %s WHERE %s = %s LIMIT %d' (last scanned row token was %d and partion key was ((%s))); query aborted" % (R.randint(100001, 900000), ks_tbl(), pick("rid", "user_id", "token"), meteor_id(), pick(100, 5000), R.randint(-9 * 10**18, 9 * 10**18), meteor_id())),
        (3, "E14", "", lambda: "Not marking nodes down due to local pause of %dns > 5000000000ns" % R.randint(5 * 10**9, 9 * 10**10)),
        (2, "E15", "", lambda: "Starting listening for CQL clients on /%s:9042 (unencrypted)..." % peer()),
        (1, "E16", "", lambda: "Created default superuser role 'cassandra'"),
        (2, "E17", "", lambda: "Unknown column %s during deserialization" % pick("lastSeen", "ts", "flags")),
    ]


@held_out_2("Elasticsearch")
def elasticsearch():
    def idx():
        return pick("logs-rocketchat-2024.05.%02d" % R.randint(1, 31), ".ds-logs-generic-default-2024.05.%02d-00000%d" % (R.randint(1, 31), R.randint(1, 9)), "metricbeat-8.13.%d-2024.05.%02d" % (R.randint(0, 4), R.randint(1, 31)), "rocketchat_message", ".kibana_8.13.%d_001" % R.randint(0, 4))
    def node():
        return pick("es-node-1", "es-node-2", "es-master-0", "es-data-hot-1")
    def size():
        return pick("%.1fgb" % R.uniform(1, 90), "%.1fmb" % R.uniform(1, 999))
    def color():
        return pick("GREEN", "YELLOW", "RED")
    return [
        (16, "E1", "", lambda: "[%s] creating index, cause [%s], templates [%s], shards [1]/[1]" % (idx(), pick("auto(bulk api)", "auto(bulk api)", "api", "rollover_data_stream"), pick("logs", "metricbeat-8.13.4", "", "rocketchat"))),
        (12, "E2", "", lambda: "[%s/%s] update_mapping [_doc]" % (idx(), "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(22)))),
        (10, "E3", "", lambda: "Cluster health status changed from [%s] to [%s] (reason: [shards started [[%s][0]]])." % (color(), color(), idx())),
        (10, "E4", "", lambda: "[gc][%d] overhead, spent [%dms] collecting in the last [%ss]" % (R.randint(1000, 900000), R.randint(250, 3000), pick("1", "1.1", "1.3"))),
        (8, "E5", "", lambda: "high disk watermark [90%%] exceeded on [%s][%s][/usr/share/elasticsearch/data] free: %s[%.1f%%], shards will be relocated away from this node; currently relocating away shards totalling [%d] bytes; the node is expected to continue to exceed the high disk watermark when these relocations are complete" % ("".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(22)), node(), size(), R.uniform(1, 9.9), R.randint(0, 10**10))),
        (6, "E6", "", lambda: "low disk watermark [85%%] exceeded on [%s][%s][/usr/share/elasticsearch/data] free: %s[%.1f%%], replicas will not be assigned to this node" % ("".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(22)), node(), size(), R.uniform(10, 14.9))),
        (6, "E7", "", lambda: "[%s] deleting index" % idx()),
        (5, "E8", "", lambda: "moving index [%s] from [{\"phase\":\"hot\",\"action\":\"rollover\",\"name\":\"check-rollover-ready\"}] to [{\"phase\":\"hot\",\"action\":\"rollover\",\"name\":\"attempt-rollover\"}] in policy [%s]" % (idx(), pick("logs", "metricbeat", "30-days-default"))),
        (5, "E9", "", lambda: "failed to execute bulk item (index) index {[%s][_doc][%s], source[n/a, actual length: [%s], max length: 2kb]}" % (idx(), "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(20)), pick("%.1fkb" % R.uniform(2, 90), "%dkb" % R.randint(2, 90)))),
        (3, "E10", "", lambda: "publish_address {%s:9200}, bound_addresses {[::]:9200}" % ip()),
        (3, "E11", "", lambda: "started {%s}{%s}{%s}{%s}{%s}{%s:9300}{cdfhilmrstw}" % (node(), "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(22)), "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(22)), node(), ip(), ip())),
        (4, "E12", "", lambda: "path: /%s/_search, params: {index=%s}" % ((lambda i: (i, i))(idx()))),
        (3, "E13", "", lambda: "[%s] primary-replica resync completed with %d operations" % (idx(), R.randint(0, 9000))),
        (3, "E14", "", lambda: "[%s] Failed to clear cache for realms [[]]" % node()),
        (2, "E15", "", lambda: "license [%s] mode [basic] - valid" % uuid()),
        (2, "E16", "", lambda: "Security is enabled"),
        (3, "E17", "", lambda: "master node changed {previous [], current [{%s}{%s}{%s}{%s}{%s:9300}{cdfhilmrstw}]}, term: %d, version: %d, reason: Publication{term=%d, version=%d}" % (node(), "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(22)), "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(22)), ip(), ip(), R.randint(1, 90), R.randint(1, 9000), R.randint(1, 90), R.randint(1, 9000))),
    ]


@held_out_2("Kafka")
def kafka():
    def topic():
        return pick("rocketchat.messages", "__consumer_offsets", "audit-events", "notifications", "user-presence", "_schemas")
    def part():
        return "%s-%d" % (topic(), R.randint(0, 49))
    def group():
        return pick("rc-indexer", "notification-workers", "analytics-consumer", "connect-cluster")
    def member():
        return "%s-%s" % (pick("consumer-rc-indexer-1", "consumer-notification-workers-3", "connector-consumer-sink-0"), uuid())
    def bid():
        return R.randint(1, 3)
    def isr():
        return ",".join(str(x) for x in sorted(R.sample([1, 2, 3], R.randint(1, 3))))
    return [
        (16, "E1", "", lambda: "[Log partition=%s, dir=/var/lib/kafka/data] Rolled new log segment at offset %d in %d ms. (kafka.log.Log)" % (part(), R.randint(0, 10**9), R.randint(0, 40))),
        (10, "E2", "", lambda: "[Log partition=%s, dir=/var/lib/kafka/data] Deleting segment %d (kafka.log.Log)" % (part(), R.randint(0, 10**9))),
        (10, "E3", "", lambda: "[ProducerStateManager partition=%s] Wrote producer snapshot at offset %d with %d producer ids in %d ms. (kafka.log.ProducerStateManager)" % (part(), R.randint(0, 10**9), R.randint(0, 9), R.randint(0, 30))),
        (8, "E4", "", lambda: "[GroupCoordinator %d]: Preparing to rebalance group %s in state PreparingRebalance with old generation %d (__consumer_offsets-%d) (reason: Adding new member %s with group instance id None) (kafka.coordinator.group.GroupCoordinator)" % (bid(), group(), R.randint(1, 900), R.randint(0, 49), member())),
        (8, "E5", "", lambda: "[GroupCoordinator %d]: Stabilized group %s generation %d (__consumer_offsets-%d) with %d members (kafka.coordinator.group.GroupCoordinator)" % (bid(), group(), R.randint(1, 900), R.randint(0, 49), R.randint(1, 12))),
        (6, "E6", "", lambda: "[GroupCoordinator %d]: Member %s in group %s has failed, removing it from the group (kafka.coordinator.group.GroupCoordinator)" % (bid(), member(), group())),
        (6, "E7", "", lambda: "[GroupMetadataManager brokerId=%d] Removed %d expired offsets in %d milliseconds. (kafka.coordinator.group.GroupMetadataManager)" % (bid(), R.randint(0, 40), R.randint(0, 12))),
        (5, "E8", "", lambda: "[Partition %s broker=%d] Shrinking ISR from %s to %s. Leader: (highWatermark: %d, endOffset: %d). Out of sync replicas: (brokerId: %d, endOffset: %d). (kafka.cluster.Partition)" % (part(), bid(), "1,2,3", isr(), R.randint(0, 10**7), R.randint(0, 10**7), bid(), R.randint(0, 10**7))),
        (4, "E9", "", lambda: "[Partition %s broker=%d] ISR updated to %s and version updated to [%d] (kafka.cluster.Partition)" % (part(), bid(), isr(), R.randint(1, 90))),
        (5, "E10", "", lambda: "[ReplicaFetcher replicaId=%d, leaderId=%d, fetcherId=0] Error sending fetch request (sessionId=%d, epoch=%d) to node %d: (org.apache.kafka.clients.FetchSessionHandler)" % (bid(), bid(), R.randint(10**8, 2 * 10**9), R.randint(1, 90000), bid())),
        (4, "E11", "", lambda: "[Controller id=%d] Processing automatic preferred replica leader election (kafka.controller.KafkaController)" % bid()),
        (3, "E12", "", lambda: "Deleted log for partition %s in /var/lib/kafka/data/%s.%s-delete. (kafka.log.LogManager)" % ((lambda p: (p, p, hexs(32)))(part()))),
        (3, "E13", "", lambda: "[SocketServer listenerType=ZK_BROKER, nodeId=%d] Failed authentication with /%s (SSL handshake failed) (org.apache.kafka.common.network.Selector)" % (bid(), ip())),
        (3, "E14", "", lambda: "Unable to read additional data from server sessionid 0x%s, likely server has closed socket, closing socket connection and attempting reconnect (org.apache.zookeeper.ClientCnxn)" % hexs(16)),
        (2, "E15", "", lambda: "[KafkaServer id=%d] started (kafka.server.KafkaServer)" % bid()),
        (2, "E16", "", lambda: "[TransactionCoordinator id=%d] Startup complete. (kafka.coordinator.transaction.TransactionCoordinator)" % bid()),
    ]


@held_out_2("Jenkins")
def jenkins():
    def job():
        return pick("rocketchat-build", "rocketchat/develop", "rocketchat/PR-%d" % R.randint(30000, 33000), "deploy-staging", "nightly e2e", "apps-engine")
    def agent():
        return pick("agent-linux-1", "agent-linux-2", "mac-mini-01", "docker-%s" % hexs(6))
    return [
        (18, "E1", "", lambda: "%s #%d main build action completed: %s" % (job(), R.randint(1, 4000), pick("SUCCESS", "SUCCESS", "SUCCESS", "FAILURE", "UNSTABLE", "ABORTED"))),
        (10, "E2", "", lambda: "Obtained the updated data file for %s" % pick("hudson.tasks.Maven.MavenInstaller", "hudson.tools.JDKInstaller", "hudson.plugins.gradle.GradleInstaller", "hudson.tasks.Ant.AntInstaller", "io.jenkins.plugins.nodejs.tools.NodeJSInstaller")),
        (8, "E3", "", lambda: "Finished Download metadata. %d ms" % R.randint(20, 90000)),
        (8, "E4", "", lambda: "Started Download metadata"),
        (8, "E5", "", lambda: "Executor #%d for %s : executing %s #%d" % (R.randint(0, 3), agent(), job(), R.randint(1, 4000))),
        (6, "E6", "", lambda: "Ping failed. Terminating the channel %s." % agent()),
        (6, "E7", "", lambda: "Launching agent %s" % agent()),
        (4, "E8", "", lambda: "Agent %s is offline" % agent()),
        (4, "E9", "", lambda: "Failed to synchronize IO streams on the channel hudson.remoting.Channel@%s:%s" % (hexs(8), agent())),
        (4, "E10", "", lambda: "Deleting %s/builds/%d" % (job(), R.randint(1, 4000))),
        (3, "E11", "", lambda: "Login attempt failed for %s" % pick("admin", "jenkins", R.choice(FIRST))),
        (2, "E12", "", lambda: "Started initialization"),
        (1, "E13", "", lambda: "Listed all plugins"),
        (1, "E14", "", lambda: "Prepared all plugins"),
        (1, "E15", "", lambda: "Started all plugins"),
        (1, "E16", "", lambda: "Augmented all extensions"),
        (1, "E17", "", lambda: "System config loaded"),
        (1, "E18", "", lambda: "Loaded all jobs"),
        (1, "E19", "", lambda: "Completed initialization"),
        (2, "E20", "", lambda: "Jenkins is fully up and running"),
        (3, "E21", "", lambda: "Computing checksum of %s took %d ms" % (pick("plugins/git.jpi", "plugins/workflow-cps.jpi", "war/WEB-INF/lib/jenkins-core-2.452.jar"), R.randint(1, 900))),
    ]


@held_out_2("Redis")
def redis():
    def rep():
        return "%s:%d" % (ip(), 6379)
    return [
        (18, "E1", "", lambda: "%d changes in %d seconds. Saving..." % (pick(1, 10, 10000, R.randint(1, 90000)), pick(3600, 300, 60))),
        (18, "E2", "", lambda: "Background saving started by pid %d" % R.randint(100, 90000)),
        (16, "E3", "", lambda: "DB saved on disk"),
        (14, "E4", "", lambda: "Fork CoW for RDB: current %d MB, peak %d MB, average %d MB" % (R.randint(0, 90), R.randint(0, 90), R.randint(0, 90))),
        (16, "E5", "", lambda: "Background saving terminated with success"),
        (4, "E6", "", lambda: "Connection with replica %s lost." % rep()),
        (4, "E7", "", lambda: "Replica %s asks for synchronization" % rep()),
        (3, "E8", "", lambda: "Full resync requested by replica %s" % rep()),
        (3, "E9", "", lambda: "Synchronization with replica %s succeeded" % rep()),
        (4, "E10", "", lambda: "Asynchronous AOF fsync is taking too long (disk is busy?). Writing the AOF buffer without waiting for fsync to complete, this may slow down Redis."),
        (3, "E11", "", lambda: "Client id=%d addr=%s:%d laddr=%s:6379 fd=%d name= age=%d idle=%d flags=N db=0 sub=0 psub=0 ssub=0 multi=-1 qbuf=0 qbuf-free=0 argv-mem=0 multi-mem=0 rbs=1024 rbp=0 obl=0 oll=%d omem=%d tot-mem=%d events=r cmd=%s user=default redir=-1 resp=2 lib-name= lib-ver= closed for overcoming of output buffer limits." % (R.randint(1, 90000), ip(), R.randint(30000, 65000), ip(), R.randint(8, 900), R.randint(0, 9000), R.randint(0, 90), R.randint(100, 9000), R.randint(10**7, 10**9), R.randint(10**7, 10**9), pick("psubscribe", "subscribe", "monitor"))),
        (2, "E12", "", lambda: "Ready to accept connections tcp"),
        (2, "E13", "", lambda: "Server initialized"),
        (2, "E14", "", lambda: "Redis version=%s, bits=64, commit=00000000, modified=0, pid=%d, just started" % (pick("7.2.4", "6.2.14", "7.0.15"), R.randint(1, 90))),
        (2, "E15", "", lambda: "WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition."),
        (2, "E16", "", lambda: "Received SIGTERM scheduling shutdown..."),
        (2, "E17", "", lambda: "Loading RDB produced by version %s" % pick("7.2.4", "6.2.14")),
        (2, "E18", "", lambda: "Done loading RDB, keys loaded: %d, keys expired: %d." % (R.randint(0, 90000), R.randint(0, 900))),
    ]


# ---- Third held-out set (labelled-logs-heldout3.tsv): written after the second round of rules
# was frozen (commit 4ffaf1f) and measured once; never used to tune. Same labelling convention.
HELD_OUT_3 = {}


def held_out_3(name):
    def deco(f):
        HELD_OUT_3[name] = f
        return f
    return deco


@held_out_3("MySQL")
def mysql():
    def thread():
        return R.randint(8, 90000)
    def user():
        return pick("rocket", "root", "app", "backup", "monitor")
    def host():
        return pick("localhost", ip(), "10.0.%d.%d" % (R.randint(0, 3), R.randint(2, 250)))
    return [
        (20, "E1", "", lambda: "Aborted connection %d to db: '%s' user: '%s' host: '%s' (Got an error reading communication packets)" % (thread(), pick("rocketchat", "app", "unconnected"), user(), host())),
        (10, "E2", "", lambda: "Aborted connection %d to db: '%s' user: '%s' host: '%s' (Got timeout reading communication packets)" % (thread(), pick("rocketchat", "app", "unconnected"), user(), host())),
        (12, "E3", "", lambda: "Access denied for user '%s'@'%s' (using password: %s)" % (user(), host(), pick("YES", "YES", "NO"))),
        (8, "E4", "", lambda: "InnoDB: page_cleaner: 1000ms intended loop took %dms. The settings might not be optimal. (flushed=%d and evicted=%d, during the time.)" % (R.randint(1001, 9000), R.randint(0, 2000), R.randint(0, 200))),
        (6, "E5", "", lambda: "Got an error reading communication packets"),
        (6, "E6", "", lambda: "Timeout waiting for reply of binlog (file: mysql-bin.%06d, pos: %d), semi-sync up to file mysql-bin.%06d, position %d." % (R.randint(1, 900), R.randint(100, 10**8), R.randint(1, 900), R.randint(100, 10**8))),
        (5, "E7", "", lambda: "Slave I/O thread: Failed reading log event, reconnecting to retry, log 'mysql-bin.%06d' at position %d" % (R.randint(1, 900), R.randint(100, 10**8))),
        (5, "E8", "", lambda: "Host '%s' is blocked because of many connection errors; unblock with 'mysqladmin flush-hosts'" % ip()),
        (4, "E9", "", lambda: "InnoDB: Buffer pool(s) load completed at %d%02d%02d %02d:%02d:%02d" % (24, R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))),
        (4, "E10", "", lambda: "Table '%s' is marked as crashed and should be repaired" % pick("./rocketchat/sessions", "./app/audit_log", "./mysql/proc")),
        (3, "E11", "", lambda: "/usr/sbin/mysqld: ready for connections. Version: '%s'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL." % pick("8.0.36", "8.0.37", "5.7.44")),
        (3, "E12", "", lambda: "Plugin '%s' is disabled." % pick("FEDERATED", "InnoDB", "ARCHIVE", "BLACKHOLE")),
        (3, "E13", "", lambda: "Shutdown complete"),
        (3, "E14", "", lambda: "The table '%s' is full" % pick("#sql-temptable-%s-%d" % (hexs(4), R.randint(1, 99)), "tmp_messages", "sessions")),
        (2, "E15", "", lambda: "Normal shutdown"),
        (2, "E16", "", lambda: "Deadlock found when trying to get lock; try restarting transaction"),
        (2, "E17", "", lambda: "Unsafe statement written to the binary log using statement format since BINLOG_FORMAT = STATEMENT."),
    ]


@held_out_3("HAProxy")
def haproxy():
    def be():
        return pick("rocketchat_back", "api_back", "static_back", "ws_back")
    def srv():
        return pick("rc1", "rc2", "rc3", "web-a", "web-b")
    return [
        (22, "E1", "", lambda: "%s:%d [%02d/May/2024:%02d:%02d:%02d.%03d] %s %s/%s %d/%d/%d/%d/%d %d %d - - ---- %d/%d/%d/%d/0 0/0 \"%s %s HTTP/1.1\"" % (ip(), R.randint(30000, 65000), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999), pick("https_front~", "http_front"), be(), srv(), R.randint(0, 20), R.randint(0, 3), R.randint(0, 5), R.randint(1, 900), R.randint(1, 1000), pick(200, 200, 200, 304, 404, 502), R.randint(100, 90000), R.randint(1, 900), R.randint(1, 900), R.randint(0, 90), R.randint(0, 30), pick("GET", "GET", "POST"), pick("/api/v1/me", "/sockjs/info", "/avatar/%s" % R.choice(FIRST), "/api/v1/channels.history?roomId=%s" % meteor_id()))),
        (10, "E2", "", lambda: "Server %s/%s is DOWN, reason: Layer4 connection problem, info: \"Connection refused\", check duration: %dms. %d active and %d backup servers left. %d sessions active, %d requeued, %d remaining in queue." % (be(), srv(), R.randint(0, 9), R.randint(0, 3), 0, R.randint(0, 90), R.randint(0, 9), 0)),
        (10, "E3", "", lambda: "Server %s/%s is UP, reason: Layer7 check passed, code: 200, check duration: %dms. %d active and %d backup servers online. %d sessions requeued, %d total in queue." % (be(), srv(), R.randint(0, 90), R.randint(1, 4), 0, 0, 0)),
        (6, "E4", "", lambda: "Server %s/%s is DOWN, reason: Layer7 timeout, check duration: %dms. %d active and %d backup servers left. %d sessions active, %d requeued, %d remaining in queue." % (be(), srv(), R.randint(2000, 5000), R.randint(0, 3), 0, R.randint(0, 90), R.randint(0, 9), 0)),
        (4, "E5", "", lambda: "backend %s has no server available!" % be()),
        (6, "E6", "", lambda: "%s:%d [%02d/May/2024:%02d:%02d:%02d.%03d] https_front/1: SSL handshake failure" % (ip(), R.randint(30000, 65000), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))),
        (3, "E7", "", lambda: "Proxy %s started." % pick("https_front", "http_front", "stats", be())),
        (2, "E8", "", lambda: "Stopping frontend %s in 0 ms." % pick("https_front", "http_front", "stats")),
        (2, "E9", "", lambda: "Loading success."),
        (3, "E10", "", lambda: "Connect from %s:%d to %s:443 (https_front/HTTP)" % (ip(), R.randint(30000, 65000), ip())),
        (2, "E11", "", lambda: "Health check for server %s/%s failed, reason: Layer4 timeout, check duration: %dms, status: %d/%d DOWN." % (be(), srv(), R.randint(2000, 5000), R.randint(0, 2), 3)),
        (2, "E12", "", lambda: "Health check for server %s/%s succeeded, reason: Layer7 check passed, code: 200, check duration: %dms, status: %d/%d UP." % (be(), srv(), R.randint(0, 90), R.randint(1, 3), 3)),
    ]


@held_out_3("Dockerd")
def dockerd():
    def ts():
        return "2024-05-%02dT%02d:%02d:%02d.%09dZ" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999999999))
    def cid():
        return hexs(64)
    return [
        (20, "E1", "", lambda: "time=\"%s\" level=info msg=\"ignoring event\" container=%s module=libcontainerd namespace=moby topic=/tasks/delete type=\"*events.TaskDelete\"" % (ts(), cid())),
        (14, "E2", "", lambda: "time=\"%s\" level=info msg=\"shim disconnected\" id=%s namespace=moby" % (ts(), cid())),
        (12, "E3", "", lambda: "time=\"%s\" level=warning msg=\"cleaning up after shim disconnected\" id=%s namespace=moby" % (ts(), cid())),
        (10, "E4", "", lambda: "time=\"%s\" level=info msg=\"cleaning up dead shim\" namespace=moby" % ts()),
        (8, "E5", "", lambda: "time=\"%s\" level=error msg=\"Handler for POST /v1.%d/containers/%s/start returned error: driver failed programming external connectivity on endpoint %s (%s): Bind for 0.0.0.0:%d failed: port is already allocated\"" % (ts(), R.randint(40, 45), hexs(12), pick("rocketchat", "mongo", "nginx"), cid(), pick(3000, 27017, 80, 443))),
        (6, "E6", "", lambda: "time=\"%s\" level=warning msg=\"Your kernel does not support swap limit capabilities or the cgroup is not mounted. Memory limited without swap.\"" % ts()),
        (6, "E7", "", lambda: "time=\"%s\" level=info msg=\"Container failed to exit within %ds of signal 15 - using the force\" container=%s" % (ts(), pick(10, 10, 30), cid())),
        (5, "E8", "", lambda: "time=\"%s\" level=error msg=\"Not continuing with pull after error: manifest unknown: manifest unknown\"" % ts()),
        (4, "E9", "", lambda: "time=\"%s\" level=info msg=\"Loading containers: done.\"" % ts()),
        (3, "E10", "", lambda: "time=\"%s\" level=info msg=\"Daemon has completed initialization\"" % ts()),
        (3, "E11", "", lambda: "time=\"%s\" level=info msg=\"API listen on /run/docker.sock\"" % ts()),
        (4, "E12", "", lambda: "time=\"%s\" level=info msg=\"Attempting next endpoint for pull after error: Head \\\"https://registry-1.docker.io/v2/%s/manifests/%s\\\": dial tcp: lookup registry-1.docker.io: Temporary failure in name resolution\"" % (ts(), pick("library/mongo", "rocketchat/rocket.chat", "library/nginx"), pick("latest", "6.0", "7.8.0"))),
        (3, "E13", "", lambda: "time=\"%s\" level=warning msg=\"Health check for container %s error: context deadline exceeded\"" % (ts(), cid())),
        (2, "E14", "", lambda: "time=\"%s\" level=info msg=\"Processing signal 'terminated'\"" % ts()),
    ]


@held_out_3("RabbitMQ")
def rabbitmq():
    def conn():
        return "<0.%d.0>" % R.randint(100, 99999)
    def peer():
        return "%s:%d -> %s:5672" % (ip(), R.randint(30000, 65000), ip())
    return [
        (20, "E1", "", lambda: "accepting AMQP connection %s (%s)" % (conn(), peer())),
        (16, "E2", "", lambda: "connection %s (%s): user '%s' authenticated and granted access to vhost '%s'" % (conn(), peer(), pick("guest", "rocketchat", "apps"), pick("/", "/rc"))),
        (14, "E3", "", lambda: "closing AMQP connection %s (%s, vhost: '%s', user: '%s')" % (conn(), peer(), pick("/", "/rc"), pick("guest", "rocketchat", "apps"))),
        (8, "E4", "", lambda: "closing AMQP connection %s (%s):\nclient unexpectedly closed TCP connection".split("\n")[0] % (conn(), peer())),
        (6, "E5", "", lambda: "Error on AMQP connection %s (%s, vhost: '%s', user: '%s', state: running), channel %d:\n operation basic.publish caused a channel exception not_found".split("\n")[0] % (conn(), peer(), pick("/", "/rc"), pick("guest", "rocketchat"), R.randint(1, 9))),
        (5, "E6", "", lambda: "HTTP access denied: user '%s' - invalid credentials" % pick("guest", "admin", "test")),
        (4, "E7", "", lambda: "Memory high watermark set to %d MiB (%d bytes) of %d MiB (%d bytes) total" % (R.randint(1000, 9000), R.randint(10**9, 10**10), R.randint(2000, 16000), R.randint(10**9, 10**10))),
        (4, "E8", "", lambda: "vm_memory_high_watermark set. Memory used:%d allowed:%d" % (R.randint(10**9, 10**10), R.randint(10**9, 10**10))),
        (3, "E9", "", lambda: "Ready to start client connection listeners"),
        (3, "E10", "", lambda: "Server startup complete; %d plugins started." % R.randint(3, 9)),
        (3, "E11", "", lambda: "Queue '%s' in vhost '/' is down or inaccessible" % pick("rocketchat.notifications", "email", "push")),
        (2, "E12", "", lambda: "Stopping RabbitMQ applications and their dependencies in the following order:"),
        (2, "E13", "", lambda: "node 'rabbit@%s' down: connection_closed" % pick("rabbitmq-0", "rabbitmq-1", "rabbitmq-2")),
        (2, "E14", "", lambda: "rabbit on node 'rabbit@%s' up" % pick("rabbitmq-0", "rabbitmq-1", "rabbitmq-2")),
    ]


@held_out_3("Dovecot")
def dovecot():
    def rip():
        return "rip=%s, lip=%s" % (ip(), ip())
    def mail_user():
        return "%s@%s" % (R.choice(FIRST), pick("example.com", "corp.example.org"))
    return [
        (20, "E1", "", lambda: "imap-login: Login: user=<%s>, method=PLAIN, %s, mpid=%d, TLS, session=<%s>" % (mail_user(), rip(), R.randint(1000, 90000), "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(16)))),
        (16, "E2", "", lambda: "imap(%s)<%d><%s>: Disconnected: Logged out in=%d out=%d deleted=%d expunged=%d trashed=%d hdr_count=%d hdr_bytes=%d body_count=%d body_bytes=%d" % (mail_user(), R.randint(1000, 90000), "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(16)), R.randint(10, 9000), R.randint(100, 90000), 0, 0, 0, R.randint(0, 40), R.randint(0, 9000), R.randint(0, 9), R.randint(0, 90000))),
        (10, "E3", "", lambda: "imap-login: Disconnected (auth failed, %d attempts in %d secs): user=<%s>, method=PLAIN, %s, TLS, session=<%s>" % (R.randint(1, 3), R.randint(2, 20), mail_user(), rip(), "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(16)))),
        (8, "E4", "", lambda: "imap-login: Disconnected (no auth attempts in %d secs): user=<>, %s, TLS handshaking: SSL_accept() failed: error:0A000412:SSL routines::sslv3 alert bad certificate: SSL alert number 42, session=<%s>" % (R.randint(0, 9), rip(), "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(16)))),
        (8, "E5", "", lambda: "lmtp(%s)<%d><%s>: saved mail to INBOX" % (mail_user(), R.randint(1000, 90000), "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(22)))),
        (6, "E6", "", lambda: "auth: passwd-file(%s,%s): unknown user" % (mail_user(), ip())),
        (5, "E7", "", lambda: "imap(%s): Error: Mailbox %s: UID=%d already exists in dovecot-uidlist" % (mail_user(), pick("INBOX", "Sent", "Trash", "Archive"), R.randint(1, 90000))),
        (4, "E8", "", lambda: "master: Warning: service(imap-login): process_limit (%d) reached, client connections are being dropped" % pick(100, 500)),
        (3, "E9", "", lambda: "master: Dovecot v2.3.%d (%s) starting up for imap, lmtp" % (R.randint(16, 21), hexs(10))),
        (2, "E10", "", lambda: "master: Warning: Killed with signal 15 (by pid=1 uid=0 code=kill)"),
        (3, "E11", "", lambda: "pop3-login: Login: user=<%s>, method=PLAIN, %s, mpid=%d, session=<%s>" % (mail_user(), rip(), R.randint(1000, 90000), "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(16)))),
    ]


@held_out_3("OpenVPN")
def openvpn():
    def cl():
        return "%s/%s:%d" % (pick("alice-laptop", "bob-phone", "carol", "build-agent", "ops-vpn"), ip(), R.randint(30000, 65000))
    return [
        (16, "E1", "", lambda: "%s MULTI_sva: pool returned IPv4=10.8.0.%d, IPv6=(Not enabled)" % (cl(), R.randint(2, 250))),
        (14, "E2", "", lambda: "%s SIGUSR1[soft,connection-reset] received, client-instance restarting" % cl()),
        (12, "E3", "", lambda: "%s TLS: Initial packet from [AF_INET]%s:%d, sid=%s %s" % (ip(), ip(), R.randint(30000, 65000), hexs(8), hexs(8))),
        (10, "E4", "", lambda: "%s Control Channel: TLSv1.3, cipher TLSv1.3 TLS_AES_256_GCM_SHA384, peer certificate: 2048 bit RSA, signature: RSA-SHA256" % cl()),
        (8, "E5", "", lambda: "%s VERIFY OK: depth=%d, CN=%s" % (ip(), pick(0, 1), pick("alice-laptop", "bob-phone", "carol", "Easy-RSA CA"))),
        (6, "E6", "", lambda: "%s TLS Error: TLS handshake failed" % ip()),
        (5, "E7", "", lambda: "%s Inactivity timeout (--ping-restart), restarting" % cl()),
        (5, "E8", "", lambda: "%s TLS Error: TLS key negotiation failed to occur within 60 seconds (check your network connectivity)" % ip()),
        (4, "E9", "", lambda: "%s Peer Connection Initiated with [AF_INET]%s:%d" % (ip(), ip(), R.randint(30000, 65000))),
        (3, "E10", "", lambda: "%s VERIFY ERROR: depth=0, error=certificate has expired: CN=%s" % (ip(), pick("carol", "old-laptop"))),
        (2, "E11", "", lambda: "Initialization Sequence Completed"),
        (2, "E12", "", lambda: "OpenVPN 2.%d.%d x86_64-pc-linux-gnu [SSL (OpenSSL)] [LZO] [LZ4] [EPOLL] [MH/PKTINFO] [AEAD]" % (R.randint(5, 6), R.randint(0, 9))),
    ]


@held_out_3("BIND")
def bind():
    def cl():
        return "client @0x7f%s %s#%d" % (hexs(10), ip(), R.randint(1024, 65535))
    def zone():
        return pick("example.com", "corp.example.org", "rocket.acme.io", "internal.lan")
    return [
        (22, "E1", "", lambda: "%s (%s): query: %s IN %s +E(0)K (%s)" % ((lambda z: (cl(), z, z, pick("A", "A", "AAAA", "MX", "TXT"), ip()))(pick("chat.example.com", "mail.corp.example.org", "www.google.com", "api.github.com")))),
        (10, "E2", "", lambda: "%s (%s): query (cache) '%s/A/IN' denied" % ((lambda z: (cl(), z, z))(pick("chat.example.com", "evil.example.net", "www.google.com")))),
        (8, "E3", "", lambda: "lame-servers: info: %s resolving '%s/%s/IN': %s#53" % (pick("timed out", "REFUSED unexpected RCODE", "SERVFAIL unexpected RCODE"), pick("ns1.example.net", "www.example.org"), pick("A", "AAAA", "NS"), ip())),
        (8, "E4", "", lambda: "zone %s/IN: transferred serial %d" % (zone(), R.randint(2024010100, 2024123199))),
        (6, "E5", "", lambda: "zone %s/IN: sending notifies (serial %d)" % (zone(), R.randint(2024010100, 2024123199))),
        (6, "E6", "", lambda: "transfer of '%s/IN' from %s#53: Transfer status: success" % (zone(), ip())),
        (4, "E7", "", lambda: "managed-keys-zone: Unable to fetch DNSKEY set '.': timed out"),
        (4, "E8", "", lambda: "resolver priming query complete"),
        (3, "E9", "", lambda: "network unreachable resolving '%s/A/IN': 2001:%s::%s#53" % (pick("ns1.example.net", "a.root-servers.net"), hexs(4), hexs(2))),
        (3, "E10", "", lambda: "zone %s/IN: loaded serial %d" % (zone(), R.randint(2024010100, 2024123199))),
        (2, "E11", "", lambda: "all zones loaded"),
        (2, "E12", "", lambda: "running"),
        (2, "E13", "", lambda: "received control channel command 'reload'"),
    ]


@held_out_3("Tomcat")
def tomcat():
    def ctx():
        return pick("/manager", "/rocket-bridge", "/ROOT", "/jenkins", "/api")
    return [
        (14, "E1", "", lambda: "Deployment of web application directory [/opt/tomcat/webapps/%s] has finished in [%d] ms" % (pick("ROOT", "manager", "host-manager", "docs", "api"), R.randint(30, 9000))),
        (10, "E2", "", lambda: "Deploying web application directory [/opt/tomcat/webapps/%s]" % pick("ROOT", "manager", "host-manager", "docs", "api")),
        (10, "E3", "", lambda: "Starting ProtocolHandler [\"%s\"]" % pick("http-nio-8080", "http-nio-8443", "ajp-nio-127.0.0.1-8009")),
        (8, "E4", "", lambda: "Server startup in [%d] milliseconds" % R.randint(900, 90000)),
        (8, "E5", "", lambda: "The web application [%s] appears to have started a thread named [%s] but has failed to stop it. This is very likely to create a memory leak." % (ctx(), pick("Abandoned connection cleanup thread", "pool-1-thread-1", "Timer-0", "mysql-cj-abandoned-connection-cleanup"))),
        (6, "E6", "", lambda: "At least one JAR was scanned for TLDs yet contained no TLDs. Enable debug logging for this logger for a complete list of JARs that were scanned but no TLDs were found in them. Skipping unneeded JARs during scanning can improve startup time and JSP compilation time."),
        (6, "E7", "", lambda: "Creation of SecureRandom instance for session ID generation using [SHA1PRNG] took [%d] milliseconds." % R.randint(100, 90000)),
        (5, "E8", "", lambda: "Error parsing HTTP request header\n Note: further occurrences".split("\n")[0]),
        (5, "E9", "", lambda: "Pausing ProtocolHandler [\"%s\"]" % pick("http-nio-8080", "http-nio-8443")),
        (4, "E10", "", lambda: "Stopping service [Catalina]"),
        (4, "E11", "", lambda: "Server version name:   Apache Tomcat/%s" % pick("9.0.88", "10.1.20", "8.5.100")),
        (3, "E12", "", lambda: "Command line argument: -D%s=%s" % pick(("java.util.logging.config.file", "/opt/tomcat/conf/logging.properties"), ("catalina.base", "/opt/tomcat"), ("java.io.tmpdir", "/opt/tomcat/temp"), ("jdk.tls.ephemeralDHKeySize", "2048"))),
        (2, "E13", "", lambda: "Initializing ProtocolHandler [\"%s\"]" % pick("http-nio-8080", "http-nio-8443")),
    ]


# ---- Fourth held-out set (labelled-logs-heldout4.tsv): written before the third round of rules
# (on top of commit 9be6333) and measured once before and once after that round; never used to
# tune. Same labelling convention.
HELD_OUT_4 = {}


def held_out_4(name):
    def deco(f):
        HELD_OUT_4[name] = f
        return f
    return deco


def go_ts():
    return "2024-06-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


@held_out_4("Prometheus")
def prometheus():
    def job():
        return pick("node", "rocketchat", "mongodb-exporter", "kubernetes-pods", "blackbox")
    def target():
        return "http://%s:%d/metrics" % (ip(), pick(9100, 9216, 3000, 9115))
    def blk_ulid():
        return "01" + "".join(R.choice("0123456789ABCDEFGHJKMNPQRSTVWXYZ") for _ in range(24))
    return [
        (20, "E1", "", lambda: "ts=%s caller=compact.go:%d level=info component=tsdb msg=\"write block\" mint=%d maxt=%d ulid=%s duration=%dms" % (go_ts(), R.choice([519, 520]), R.randint(10**12, 2 * 10**12), R.randint(10**12, 2 * 10**12), blk_ulid(), R.randint(100, 9000))),
        (16, "E2", "", lambda: "ts=%s caller=head.go:%d level=info component=tsdb msg=\"Head GC completed\" caller=truncateMemory duration=%.3fms" % (go_ts(), R.randint(1200, 1300), R.uniform(1, 900))),
        (14, "E3", "", lambda: "ts=%s caller=scrape.go:%d level=warn component=\"scrape manager\" scrape_pool=%s target=%s msg=\"Append failed\" err=\"out of bounds\"" % (go_ts(), R.randint(1600, 1700), job(), target())),
        (12, "E4", "", lambda: "ts=%s caller=checkpoint.go:%d level=info component=tsdb msg=\"Creating checkpoint\" from_segment=%d to_segment=%d mint=%d" % (go_ts(), R.randint(90, 110), R.randint(1, 900), R.randint(1, 900), R.randint(10**12, 2 * 10**12))),
        (10, "E5", "", lambda: "ts=%s caller=notifier.go:%d level=error component=notifier alertmanager=http://%s:9093/api/v2/alerts count=%d msg=\"Error sending alert\" err=\"Post \\\"http://%s:9093/api/v2/alerts\\\": context deadline exceeded\"" % ((lambda a: (go_ts(), R.randint(500, 560), a, R.randint(1, 40), a))(ip()))),
        (8, "E6", "", lambda: "ts=%s caller=manager.go:%d level=warn component=\"rule manager\" file=/etc/prometheus/rules/%s.yml group=%s msg=\"Evaluating rule failed\" rule=\"alert: %s\" err=\"query timed out in expression evaluation\"" % (go_ts(), R.randint(600, 700), pick("node", "rocketchat", "mongodb"), pick("node.rules", "rocketchat.rules", "mongodb.rules"), pick("HighLoad", "InstanceDown", "DiskFull", "MongoReplicationLag"))),
        (6, "E7", "", lambda: "ts=%s caller=main.go:%d level=info msg=\"Loading configuration file\" filename=/etc/prometheus/prometheus.yml" % (go_ts(), R.randint(1100, 1200))),
        (6, "E8", "", lambda: "ts=%s caller=main.go:%d level=info msg=\"Completed loading of configuration file\" filename=/etc/prometheus/prometheus.yml totalDuration=%.3fms db_storage=%dns remote_storage=%dns web_handler=%dns query_engine=%dns scrape=%.3fms scrape_sd=%.3fms notify=%.3fms rules=%.3fms" % (go_ts(), R.randint(1100, 1200), R.uniform(1, 90), R.randint(500, 3000), R.randint(500, 3000), R.randint(300, 900), R.randint(300, 3000), R.uniform(0.1, 9), R.uniform(0.01, 2), R.uniform(0.01, 2), R.uniform(0.01, 20))),
        (4, "E9", "", lambda: "ts=%s caller=db.go:%d level=info component=tsdb msg=\"Deleting obsolete block\" block=%s" % (go_ts(), R.randint(1500, 1700), blk_ulid())),
        (4, "E10", "", lambda: "ts=%s caller=main.go:%d level=info msg=\"Server is ready to receive web requests.\"" % (go_ts(), R.randint(1000, 1100))),
        (3, "E11", "", lambda: "ts=%s caller=main.go:%d level=warn msg=\"Received SIGTERM, exiting gracefully...\"" % (go_ts(), R.randint(800, 900))),
        (3, "E12", "", lambda: "ts=%s caller=klog.go:%d level=error component=k8s_client_runtime func=ErrorDepth msg=\"pkg/mod/k8s.io/client-go@v0.%d.0/tools/cache/reflector.go:%d: Failed to watch *v1.Pod: failed to list *v1.Pod: pods is forbidden: User \\\"system:serviceaccount:monitoring:prometheus\\\" cannot list resource \\\"pods\\\" in API group \\\"\\\" at the cluster scope\"" % (go_ts(), R.randint(100, 120), R.randint(26, 29), R.randint(100, 300))),
    ]


@held_out_4("Grafana")
def grafana():
    def uid():
        return "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(R.choice([9, 14])))
    def path():
        return pick("/api/dashboards/uid/%s" % uid(), "/api/ds/query", "/api/search", "/api/live/ws", "/public/build/app.%s.js" % hexs(20), "/api/annotations")
    def user():
        return pick("admin", R.choice(FIRST), "%s@example.com" % R.choice(FIRST))
    return [
        (22, "E1", "", lambda: "logger=context userId=%d orgId=%d uname=%s t=%s level=info msg=\"Request Completed\" method=%s path=%s status=%d remote_addr=%s time_ms=%d duration=%dms size=%d referer=" % (R.randint(0, 90), pick(1, 1, 2), user(), go_ts(), pick("GET", "GET", "POST"), path(), pick(200, 304, 401, 404, 500), ip(), R.randint(0, 900), R.randint(0, 900), R.randint(0, 90000))),
        (14, "E2", "", lambda: "logger=cleanup t=%s level=info msg=\"Completed cleanup jobs\" duration=%.6fms" % (go_ts(), R.uniform(1, 90))),
        (12, "E3", "", lambda: "logger=ngalert.scheduler rule_uid=%s org_id=1 version=%d attempt=%d now=%s t=%s level=error msg=\"Failed to evaluate rule\" error=\"failed to execute query A: %s\" duration=%.3fms" % (uid(), R.randint(1, 40), R.randint(0, 3), go_ts(), go_ts(), pick("context deadline exceeded", "dial tcp %s:9090: connect: connection refused" % ip()), R.uniform(1, 9000))),
        (10, "E4", "", lambda: "logger=infra.usagestats t=%s level=info msg=\"Usage stats are ready to report\"" % go_ts()),
        (8, "E5", "", lambda: "logger=plugins.update.checker t=%s level=info msg=\"Update check succeeded\" duration=%.6fms" % (go_ts(), R.uniform(10, 900))),
        (8, "E6", "", lambda: "logger=auth t=%s level=warn msg=\"Failed to authenticate request\" client=auth.client.session error=\"user token not found\"" % go_ts()),
        (6, "E7", "", lambda: "logger=http.server t=%s level=info msg=\"HTTP Server Listen\" address=[::]:3000 protocol=http subUrl= socket=" % go_ts()),
        (5, "E8", "", lambda: "logger=sqlstore t=%s level=info msg=\"Connecting to DB\" dbtype=%s" % (go_ts(), pick("sqlite3", "postgres", "mysql"))),
        (5, "E9", "", lambda: "logger=tsdb.prometheus endpoint=queryData pluginId=prometheus dsName=%s dsUID=%s uname=%s fromAlert=%s t=%s level=error msg=\"Error querying Prometheus\" error=\"%s\"" % (pick("Prometheus", "prom-longterm", "Thanos"), uid(), user(), pick("true", "false"), go_ts(), pick("context canceled", "client: bad response status 503"))),
        (4, "E10", "", lambda: "logger=migrator t=%s level=info msg=\"migrations completed\" performed=%d skipped=%d duration=%.3fms" % (go_ts(), R.randint(0, 600), R.randint(0, 600), R.uniform(1, 9000))),
        (3, "E11", "", lambda: "logger=server t=%s level=info msg=\"Shutdown started\" reason=\"System signal: terminated\"" % go_ts()),
    ]


@held_out_4("Sidekiq")
def sidekiq():
    def jid():
        return hexs(24)
    def worker():
        return pick("PostReceive", "ProjectCacheWorker", "PipelineProcessWorker", "RepositoryUpdateMirrorWorker", "Ci::BuildFinishedWorker", "MergeRequests::UpdateHeadPipelineWorker", "ActionMailer::MailDeliveryJob")
    def ts():
        return "2024-06-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))
    def tid():
        return "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(R.choice([4, 5])))
    return [
        (24, "E1", "", lambda: "%s pid=%d tid=%s class=%s jid=%s INFO: start" % (ts(), R.randint(100, 9000), tid(), worker(), jid())),
        (22, "E2", "", lambda: "%s pid=%d tid=%s class=%s jid=%s elapsed=%.3f INFO: done" % (ts(), R.randint(100, 9000), tid(), worker(), jid(), R.uniform(0.001, 90))),
        (8, "E3", "", lambda: "%s pid=%d tid=%s class=%s jid=%s elapsed=%.3f INFO: fail" % (ts(), R.randint(100, 9000), tid(), worker(), jid(), R.uniform(0.001, 90))),
        (6, "E4", "", lambda: "%s pid=%d tid=%s WARN: %s: %s" % (ts(), R.randint(100, 9000), tid(), pick("Gitlab::Git::CommandError", "ActiveRecord::RecordNotFound", "Net::ReadTimeout", "Redis::TimeoutError"), pick("Couldn't find Project with 'id'=%d" % R.randint(1, 9000), "Net::ReadTimeout with #<TCPSocket:(closed)>", "Connection timed out", "4:Deadline Exceeded. debug_error_string:{UNKNOWN:Deadline Exceeded {grpc_status:4}}"))),
        (5, "E5", "", lambda: "%s pid=%d tid=%s INFO: Running in ruby %s" % (ts(), R.randint(100, 9000), tid(), pick("3.1.4p223", "3.2.3p157"))),
        (4, "E6", "", lambda: "%s pid=%d tid=%s INFO: Booting Sidekiq %s with Sidekiq::RedisConnection::RedisAdapter options {:url=>\"redis://localhost:6379\"}" % (ts(), R.randint(100, 9000), tid(), pick("6.5.12", "7.1.6"))),
        (4, "E7", "", lambda: "%s pid=%d tid=%s INFO: Shutting down" % (ts(), R.randint(100, 9000), tid())),
        (3, "E8", "", lambda: "%s pid=%d tid=%s INFO: Terminating quiet threads for default capsule" % (ts(), R.randint(100, 9000), tid())),
        (3, "E9", "", lambda: "%s pid=%d tid=%s INFO: Pausing to allow jobs to finish..." % (ts(), R.randint(100, 9000), tid())),
        (3, "E10", "", lambda: "%s pid=%d tid=%s INFO: Bye!" % (ts(), R.randint(100, 9000), tid())),
    ]


@held_out_4("Ceph")
def ceph():
    def osd():
        return "osd.%d" % R.randint(0, 23)
    def pg():
        return "%d.%x" % (R.randint(1, 9), R.randint(0, 255))
    return [
        (20, "E1", "", lambda: "pgmap v%d: %d pgs: %d active+clean; %d GiB data, %d GiB used, %d TiB / %d TiB avail; %d KiB/s rd, %d KiB/s wr, %d op/s" % (R.randint(10000, 900000), 1024, R.randint(1000, 1024), R.randint(100, 9000), R.randint(100, 9000), R.randint(1, 90), R.randint(90, 100), R.randint(0, 9000), R.randint(0, 9000), R.randint(0, 900))),
        (14, "E2", "", lambda: "%s deep-scrub ok" % pg()),
        (12, "E3", "", lambda: "%s scrub starts" % pg()),
        (10, "E4", "", lambda: "Health check failed: %d slow ops, oldest one blocked for %d sec, %s has slow ops (SLOW_OPS)" % (R.randint(1, 90), R.randint(30, 900), pick("daemons [osd.%d,osd.%d] have" % (R.randint(0, 23), R.randint(0, 23)), osd()))),
        (8, "E5", "", lambda: "Health check cleared: SLOW_OPS (was: %d slow ops, oldest one blocked for %d sec, %s has slow ops)" % (R.randint(1, 90), R.randint(30, 900), osd())),
        (6, "E6", "", lambda: "%s marked itself down and dead" % osd()),
        (6, "E7", "", lambda: "%s boot" % osd()),
        (5, "E8", "", lambda: "Health check update: Degraded data redundancy: %d/%d objects degraded (%.3f%%), %d pgs degraded (PG_DEGRADED)" % (R.randint(1, 90000), R.randint(90000, 900000), R.uniform(0, 30), R.randint(1, 200))),
        (4, "E9", "", lambda: "mon.%s calling monitor election" % pick("a", "b", "c", "ceph-mon-01", "ceph-mon-02")),
        (3, "E10", "", lambda: "mon.%s is new leader, mons %s in quorum (ranks 0,1,2)" % (pick("a", "b", "ceph-mon-01"), pick("a,b,c", "ceph-mon-01,ceph-mon-02,ceph-mon-03"))),
        (3, "E11", "", lambda: "overall HEALTH_OK"),
        (3, "E12", "", lambda: "Cluster is now healthy"),
    ]


@held_out_4("Squid")
def squid():
    def fd():
        return R.randint(8, 900)
    return [
        (18, "E1", "", lambda: "local=%s:3128 remote=%s:%d FD %d flags=1: read/write failure: (32) Broken pipe" % (ip(), ip(), R.randint(30000, 65000), fd())),
        (14, "E2", "", lambda: "ERROR: failure while accepting a TLS connection on conn%d local=%s:3129 remote=%s:%d FD %d flags=1: SQUID_TLS_ERR_ACCEPT+TLS_LIB_ERR=%X+TLS_IO_ERR=1" % (R.randint(100, 900000), ip(), ip(), R.randint(30000, 65000), fd(), R.randint(0x10000000, 0x1FFFFFFF))),
        (12, "E3", "", lambda: "WARNING: Closing client connection due to lifetime timeout"),
        (10, "E4", "", lambda: "Starting new redirector helpers..."),
        (8, "E5", "", lambda: "helperOpenServers: Starting %d/%d 'ssl_crtd' processes" % (R.randint(1, 5), pick(32, 16))),
        (8, "E6", "", lambda: "WARNING: All %d/%d ssl_crtd processes are busy." % (pick(32, 16), pick(32, 16))),
        (6, "E7", "", lambda: "storeDirWriteCleanLogs: Starting..."),
        (6, "E8", "", lambda: "  Finished.  Wrote %d entries." % R.randint(100, 900000)),
        (5, "E9", "", lambda: "  Took %.2f seconds (%.2f entries/sec)." % (R.uniform(0, 9), R.uniform(1000, 900000))),
        (4, "E10", "", lambda: "Logfile: opening log daemon:/var/log/squid/access.log"),
        (4, "E11", "", lambda: "Accepting HTTP Socket connections at conn%d local=[::]:3128 remote=[::] FD %d flags=9" % (R.randint(1, 90), fd())),
        (3, "E12", "", lambda: "WARNING: HTTP: Invalid Response: Bad header encountered from %s AKA %s" % ((lambda h: ("http://%s/" % h, "%s/" % h))(pick("update.example.net", "cdn.example.org", "10.0.3.7")))),
        (3, "E13", "", lambda: "Squid Cache (Version %s): Exiting normally." % pick("5.7", "6.6")),
    ]


@held_out_4("Samba")
def samba():
    def cl():
        return "ipv4:%s:%d" % (ip(), R.randint(30000, 65000))
    def user():
        return pick("CORP\\%s" % R.choice(FIRST), R.choice(FIRST), "nobody")
    return [
        (18, "E1", "", lambda: "Auth: [SMB2,(null)] user [%s] at [%s %s %s] with [NTLMv2] status [%s] workstation [%s] remote host [%s] mapped to [%s]. local host [%s]" % ((lambda u: (u.split("\\")[-1], pick("Mon", "Tue", "Wed", "Thu", "Fri"), "2024-06-%02d" % R.randint(1, 28), "%02d:%02d:%02d.%06d CEST" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999999)), pick("NT_STATUS_OK", "NT_STATUS_OK", "NT_STATUS_WRONG_PASSWORD", "NT_STATUS_NO_SUCH_USER"), pick("WS-%03d" % R.randint(1, 300), "LAPTOP-%s" % hexs(7).upper()), cl(), u, "ipv4:%s:445" % ip()))(user()))),
        (14, "E2", "", lambda: "%s closed connection to service %s" % (pick("ws-%03d" % R.randint(1, 300), ip()), pick("public", "homes", "scans", "IPC$", R.choice(FIRST)))),
        (12, "E3", "", lambda: "%s (%s) connect to service %s initially as user %s (uid=%d, gid=%d) (pid %d)" % (pick("ws-%03d" % R.randint(1, 300), ip()), cl(), pick("public", "homes", "scans", R.choice(FIRST)), R.choice(FIRST), R.randint(1000, 1100), R.randint(100, 1100), R.randint(1000, 90000))),
        (10, "E4", "", lambda: "check_ntlm_password:  Authentication for user [%s] -> [%s] FAILED with error NT_STATUS_WRONG_PASSWORD, authoritative=1" % ((lambda u: (u, u))(R.choice(FIRST)))),
        (6, "E5", "", lambda: "smbd_smb2_request_error_ex: smbd_smb2_request_error_ex: idx[%d] status[NT_STATUS_%s] || at ../../source3/smbd/smb2_%s.c:%d" % (R.randint(1, 3), pick("OBJECT_NAME_NOT_FOUND", "ACCESS_DENIED", "FILE_CLOSED"), pick("create", "read", "close"), R.randint(100, 900))),
        (6, "E6", "", lambda: "Server exit (%s)" % pick("NT_STATUS_CONNECTION_RESET", "NT_STATUS_END_OF_FILE", "failed to receive smb request")),
        (5, "E7", "", lambda: "smbd version %s started." % pick("4.17.12-Debian", "4.19.5-Ubuntu", "4.18.9")),
        (4, "E8", "", lambda: "Copyright Andrew Tridgell and the Samba Team 1992-%d" % pick(2022, 2023)),
        (4, "E9", "", lambda: "  failed to retrieve printer list: NT_STATUS_UNSUCCESSFUL"),
        (3, "E10", "", lambda: "Could not find child %d -- ignoring" % R.randint(1000, 90000)),
    ]


@held_out_4("Asterisk")
def asterisk():
    def peer():
        return pick("1001", "1002", "2040", "trunk-out", "reception", "%d" % R.randint(1000, 1099))
    def chan():
        return "PJSIP/%s-%08x" % (peer(), R.randint(0, 0xfff))
    return [
        (18, "E1", "", lambda: "Executing [%s@%s:%d] %s(\"%s\", \"%s\") in new stack" % (pick("s", "%d" % R.randint(1000, 1099), "h"), pick("from-internal", "from-trunk", "macro-dial"), R.randint(1, 9), pick("Dial", "Set", "NoOp", "Answer", "Hangup", "Playback", "Goto", "GotoIf", "Macro"), chan(), pick("PJSIP/%s,30,tT" % peer(), "CDR(userfield)=%d" % R.randint(1, 90), "", "hello-world"))),
        (14, "E2", "", lambda: "Request '%s' from '\"%s\" <sip:%s@%s>' failed for '%s:%d' (callid: %s) - %s" % (pick("REGISTER", "INVITE"), pick("1001", "admin", "100"), pick("1001", "admin", "100"), ip(), ip(), R.randint(5000, 5100), hexs(32), pick("No matching endpoint found", "Failed to authenticate", "Not a local domain"))),
        (12, "E3", "", lambda: "Endpoint %s is now %s" % (peer(), pick("Reachable", "Unreachable"))),
        (10, "E4", "", lambda: "Contact %s/sip:%s@%s:%d;rinstance=%s has been deleted" % ((lambda p: (p, p, ip(), R.randint(5000, 60000), hexs(16)))(peer()))),
        (8, "E5", "", lambda: "Called PJSIP/%s" % peer()),
        (8, "E6", "", lambda: "%s is ringing" % chan()),
        (7, "E7", "", lambda: "%s answered %s" % (chan(), chan())),
        (6, "E8", "", lambda: "Spawn extension (%s, %s, %d) exited non-zero on '%s'" % (pick("from-internal", "macro-dial"), pick("s", "%d" % R.randint(1000, 1099)), R.randint(1, 9), chan())),
        (4, "E9", "", lambda: "Auto fallthrough, channel '%s' status is '%s'" % (chan(), pick("BUSY", "NOANSWER", "CHANUNAVAIL"))),
        (3, "E10", "", lambda: "Asterisk Ready."),
        (3, "E11", "", lambda: "Reloading module '%s' (%s)" % pick(("res_pjsip.so", "Basic SIP resource"), ("chan_pjsip.so", "PJSIP Channel Driver"), ("app_voicemail.so", "Comedian Mail (Voicemail System)"))),
    ]


@held_out_4("Airflow")
def airflow():
    def dag():
        return pick("rocketchat_export", "daily_etl", "cleanup_logs", "sync_ldap_users", "mongo_backup")
    def task():
        return pick("extract", "transform", "load", "notify_slack", "run_backup", "upload_s3")
    def run_id():
        return "scheduled__2024-06-%02dT%02d:00:00+00:00" % (R.randint(1, 28), R.randint(0, 23))
    return [
        (18, "E1", "", lambda: "Marking task as SUCCESS. dag_id=%s, task_id=%s, execution_date=2024%02d%02dT%02d0000, start_date=2024%02d%02dT%02d%02d%02d, end_date=2024%02d%02dT%02d%02d%02d" % (dag(), task(), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))),
        (16, "E2", "", lambda: "Setting external_id for <TaskInstance: %s.%s %s [queued]> to %s" % (dag(), task(), run_id(), uuid())),
        (14, "E3", "", lambda: "Task exited with return code %d" % pick(0, 0, 0, 1, -9)),
        (12, "E4", "", lambda: "Executing <Task(%s): %s> on 2024-06-%02d %02d:00:00+00:00" % (pick("PythonOperator", "BashOperator", "PostgresOperator", "S3CreateObjectOperator"), task(), R.randint(1, 28), R.randint(0, 23))),
        (10, "E5", "", lambda: "Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: %s.%s %s [queued]>" % (dag(), task(), run_id())),
        (8, "E6", "", lambda: "Marking run <DagRun %s @ 2024-06-%02d %02d:00:00+00:00: %s, state:running, queued_at: 2024-06-%02d %02d:%02d:%02d.%06d+00:00. externally triggered: False> %s" % (dag(), R.randint(1, 28), R.randint(0, 23), run_id(), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999999), pick("successful", "successful", "failed"))),
        (6, "E7", "", lambda: "Filling up the DagBag from /opt/airflow/dags/%s.py" % dag()),
        (5, "E8", "", lambda: "Sending Signals.SIGTERM to group %d. PIDs of all processes in the group: [%d]" % ((lambda p: (p, p))(R.randint(100, 90000)))),
        (4, "E9", "", lambda: "Received SIGTERM. Terminating subprocesses."),
        (4, "E10", "", lambda: "Adopting or resetting orphaned tasks for active dag runs"),
        (3, "E11", "", lambda: "Starting the scheduler"),
    ]


@held_out_4("SpringBoot")
def spring_boot():
    def ms():
        return R.randint(100, 90000)
    return [
        (16, "E1", "", lambda: "Completed initialization in %d ms" % R.randint(1, 40)),
        (14, "E2", "", lambda: "HikariPool-1 - Connection is not available, request timed out after %dms." % R.randint(30000, 30100)),
        (12, "E3", "", lambda: "Started %s in %.3f seconds (process running for %.3f)" % (pick("OrderServiceApplication", "GatewayApplication", "NotificationApplication"), R.uniform(2, 90), R.uniform(2, 99))),
        (10, "E4", "", lambda: "Tomcat started on port %d (http) with context path '%s'" % (pick(8080, 8081, 9090), pick("", "/api"))),
        (10, "E5", "", lambda: "Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: %s] with root cause" % pick("java.lang.NullPointerException", "org.springframework.dao.DataIntegrityViolationException: could not execute statement", "java.lang.IllegalStateException: Order %d already shipped" % R.randint(1, 90000))),
        (8, "E6", "", lambda: "HikariPool-1 - Start completed."),
        (8, "E7", "", lambda: "Initializing Spring DispatcherServlet '%s'" % pick("dispatcherServlet")),
        (6, "E8", "", lambda: "Resolved [org.springframework.web.bind.MissingServletRequestParameterException: Required request parameter '%s' for method parameter type %s is not present]" % (pick("orderId", "userId", "page"), pick("Long", "String", "int"))),
        (5, "E9", "", lambda: "Fetching config from server at : http://config-server:8888"),
        (5, "E10", "", lambda: "Bean '%s' of type [%s] is not eligible for getting processed by all BeanPostProcessors (for example: not eligible for auto-proxying)" % pick(("meterRegistryPostProcessor", "org.springframework.boot.actuate.autoconfigure.metrics.MeterRegistryPostProcessor"), ("org.springframework.retry.annotation.RetryConfiguration", "org.springframework.retry.annotation.RetryConfiguration$$SpringCGLIB$$0"), ("dataSourceProperties", "org.springframework.boot.autoconfigure.jdbc.DataSourceProperties"))),
        (4, "E11", "", lambda: "No active profile set, falling back to 1 default profile: \"default\""),
        (4, "E12", "", lambda: "The following 1 profile is active: \"%s\"" % pick("prod", "staging", "dev")),
        (3, "E13", "", lambda: "Exposing %d endpoint(s) beneath base path '/actuator'" % R.randint(1, 14)),
    ]


@held_out_4("Consul")
def consul():
    def node():
        return pick("consul-server-0", "consul-server-1", "consul-server-2", "worker-%02d" % R.randint(1, 40))
    def svc():
        return pick("rocketchat", "mongodb", "redis", "nats", "traefik")
    return [
        (18, "E1", "", lambda: "[INFO]  agent: Synced check: check=service:%s-%s" % (svc(), hexs(8))),
        (14, "E2", "", lambda: "[WARN]  agent: Check is now critical: check=service:%s-%s" % (svc(), hexs(8))),
        (12, "E3", "", lambda: "[INFO]  agent.server.serf.lan: serf: EventMemberJoin: %s %s" % (node(), ip())),
        (10, "E4", "", lambda: "[INFO]  agent.server.serf.lan: serf: EventMemberFailed: %s %s" % (node(), ip())),
        (8, "E5", "", lambda: "[ERROR] agent.server.memberlist.lan: memberlist: Push/Pull with %s failed: dial tcp %s:8301: i/o timeout" % (node(), ip())),
        (8, "E6", "", lambda: "[INFO]  agent: Synced service: service=%s-%s" % (svc(), hexs(8))),
        (6, "E7", "", lambda: "[WARN]  agent.server.raft: heartbeat timeout reached, starting election: last-leader-addr=%s:8300 last-leader-id=%s" % (ip(), uuid())),
        (5, "E8", "", lambda: "[INFO]  agent.server.raft: election won: term=%d tally=%d" % (R.randint(2, 900), pick(2, 3))),
        (5, "E9", "", lambda: "[INFO]  agent.server: New leader elected: payload=%s" % node()),
        (4, "E10", "", lambda: "[INFO]  agent.server.memberlist.lan: memberlist: Suspect %s has failed, no acks received" % node()),
        (3, "E11", "", lambda: "[INFO]  agent: Deregistered service: service=%s-%s" % (svc(), hexs(8))),
        (3, "E12", "", lambda: "[ERROR] agent.anti_entropy: failed to sync remote state: error=\"No cluster leader\""),
    ]


# ---- Sixth held-out set (labelled-logs-heldout6.tsv): written in round 4 before any round-4 rule,
# for systems none of the earlier sets has (HBase, etcd, CoreDNS, Traefik, Keycloak, Mosquitto,
# Fail2ban, cron/sudo, chronyd, NetworkManager, Vault, Zabbix, Nomad); measured once blind, then
# used to tune. Same labelling convention. (The name skips 5: that number belongs to another set.)
HELD_OUT_6 = {}


def held_out_6(name):
    def deco(f):
        HELD_OUT_6[name] = f
        return f
    return deco


@held_out_6("HBase")
def hbase():
    def rs():
        return "%s,16020,%d" % (pick("hb-rs-1.example.com", "hb-rs-2.example.com", "hb-rs-3.example.com", "hb-rs-4.example.com"), R.randint(10**12, 2 * 10**12))
    def region():
        return "%s,%s,%d.%s." % (pick("usertable", "messages", "hbase:meta", "events"), pick("", "user%d" % R.randint(1000, 9999)), R.randint(10**12, 2 * 10**12), hexs(32))
    def table():
        return pick("usertable", "messages", "events", "audit_log")
    return [
        (20, "E1", "", lambda: "Flushing %s 1/1 column families, dataSize=%.2f MB heapSize=%.2f MB" % (hexs(32), R.uniform(1, 128), R.uniform(1, 130))),
        (16, "E2", "", lambda: "Finished flush of dataSize ~%.2f MB/%d, heapSize ~%.2f MB/%d, currentSize=%d/%d for %s in %dms, sequenceid=%d, compaction requested=%s" % (R.uniform(1, 128), R.randint(10**6, 10**8), R.uniform(1, 130), R.randint(10**6, 10**8), R.randint(0, 9999), R.randint(0, 9999), hexs(32), R.randint(20, 3000), R.randint(100, 10**7), pick("true", "false"))),
        (12, "E3", "", lambda: "Completed compaction of %d (all) file(s) in %s of %s into %s(size=%.1f M), total size for store is %.1f M" % (R.randint(2, 10), pick("info", "d", "cf"), region(), hexs(32), R.uniform(1, 900), R.uniform(1, 900))),
        (10, "E4", "", lambda: "Slow sync cost: %d ms, current pipeline: [DatanodeInfoWithStorage[%s:9866,DS-%s,DISK]]" % (R.randint(100, 9000), ip(), uuid())),
        (9, "E5", "", lambda: "Region server %s reported a fatal error: ABORTING region server %s: Replay of WAL required. Forcing server shutdown" % (rs(), rs())),
        (8, "E6", "", lambda: "Opened %s" % region()),
        (8, "E7", "", lambda: "Closed %s" % region()),
        (7, "E8", "", lambda: "Split of %s into %s and %s completed" % (region(), region(), region())),
        (6, "E9", "", lambda: "Started disable of %s" % table()),
        (5, "E10", "", lambda: "Started enable of %s" % table()),
        (5, "E11", "", lambda: "Balancer is %s, not running" % pick("disabled", "in maintenance mode")),
        (4, "E12", "", lambda: "Master has completed initialization %.3fsec" % R.uniform(1, 90)),
        (3, "E13", "", lambda: "ZooKeeper session expired for %s; aborting" % rs()),
    ]


@held_out_6("Etcd")
def etcd():
    def member():
        return hexs(16)
    return [
        (20, "E1", "", lambda: "apply request took too long took=%.6fms expected-duration=100ms prefix=\"read-only range \" request=\"key:\\\"/registry/%s/%s/%s\\\" \" response=\"range_response_count:%d size:%d\"" % (R.uniform(100, 3000), pick("pods", "leases", "configmaps", "events"), pick("default", "kube-system", "rocketchat"), pick("rocketchat-0", "mongo-0", "kube-controller-manager", "coredns-7db6d8ff4d-%s" % hexs(5)), R.randint(0, 3), R.randint(100, 9000))),
        (14, "E2", "", lambda: "prober detected unhealthy status round-tripper-name=ROUND_TRIPPER_%s remote-peer-id=%s rtt=%s error=\"dial tcp %s:2380: connect: connection refused\"" % (pick("SNAPSHOT", "RAFT_MESSAGE"), member(), "%.6fms" % R.uniform(0.1, 9), ip())),
        (12, "E3", "", lambda: "%s became leader at term %d" % (member(), R.randint(2, 900))),
        (10, "E4", "", lambda: "%s is starting a new election at term %d" % (member(), R.randint(2, 900))),
        (10, "E5", "", lambda: "%s received MsgVoteResp from %s at term %d" % (member(), member(), R.randint(2, 900))),
        (8, "E6", "", lambda: "raft.node: %s elected leader %s at term %d" % (member(), member(), R.randint(2, 900))),
        (8, "E7", "", lambda: "saved snapshot snapshot-index=%d" % R.randint(10**5, 10**8)),
        (6, "E8", "", lambda: "compacted raft logs compact-index=%d" % R.randint(10**5, 10**8)),
        (6, "E9", "", lambda: "finished scheduled compaction compact-revision=%d took=%.6fms" % (R.randint(10**5, 10**8), R.uniform(1, 900))),
        (5, "E10", "", lambda: "lost TCP streaming connection with remote peer stream-reader-type=%s local-member-id=%s remote-peer-id=%s error=\"%s\"" % (pick("stream Message", "stream MsgApp v2"), member(), member(), pick("unexpected EOF", "read: connection reset by peer"))),
        (4, "E11", "", lambda: "database space exceeded, alarm raised alarm=NOSPACE"),
        (3, "E12", "", lambda: "rejected connection remote-addr=%s:%s server-name= error=\"tls: failed to verify certificate: x509: certificate signed by unknown authority\"" % (ip(), port())),
    ]


@held_out_6("CoreDNS")
def coredns():
    def q():
        return pick("rocketchat.rocketchat.svc.cluster.local.", "mongo-0.mongo.rocketchat.svc.cluster.local.", "api.github.com.", "registry-1.docker.io.", "open.rocket.chat.", "gateway.rocket.chat.")
    return [
        (30, "E1", "", lambda: "[INFO] %s:%s - %d \"%s IN %s udp %d false %d\" %s qr,%s %d %.9fs" % (ip(), port(), R.randint(1, 65535), pick("A", "AAAA"), q(), R.randint(30, 90), pick(512, 1232), pick("NOERROR", "NXDOMAIN"), pick("aa,rd", "rd,ra"), R.randint(60, 400), R.uniform(0.0001, 0.2))),
        (12, "E2", "", lambda: "[ERROR] plugin/errors: 2 %s %s: read udp %s:%s->%s:53: i/o timeout" % (q(), pick("A", "AAAA"), ip(), port(), ip())),
        (10, "E3", "", lambda: "[WARNING] No files matching import glob pattern: custom/*.%s" % pick("override", "server")),
        (8, "E4", "", lambda: "[INFO] Reloading"),
        (8, "E5", "", lambda: "[INFO] plugin/reload: Running configuration SHA512 = %s" % hexs(128)),
        (6, "E6", "", lambda: "[INFO] Reloading complete"),
        (6, "E7", "", lambda: "[WARNING] plugin/kubernetes: Kubernetes API connection failure: Get \"https://10.96.0.1:443/version\": dial tcp 10.96.0.1:443: i/o timeout"),
        (5, "E8", "", lambda: "[INFO] plugin/ready: Still waiting on: \"%s\"" % pick("kubernetes", "kubernetes,reload")),
        (4, "E9", "", lambda: "CoreDNS-%s" % pick("1.11.1", "1.10.1", "1.9.3")),
        (4, "E10", "", lambda: "linux/%s, go%s, %s" % (pick("amd64", "arm64"), pick("1.20.7", "1.21.5"), hexs(7))),
        (3, "E11", "", lambda: "[ERROR] plugin/errors: 2 %s %s: dial udp %s:53: connect: network is unreachable" % (q(), pick("A", "AAAA", "SRV"), ip())),
    ]


@held_out_6("Traefik")
def traefik():
    def acme():
        d = pick("chat.example.com", "grafana.acme.io", "open.rocket.chat")
        return "Unable to obtain ACME certificate for domains \"%s\" routerName=%s rule=\"Host(`%s`)\" error=\"unable to generate a certificate for the domains [%s]: error: one or more domains had a problem\" providerName=letsencrypt.acme ACME CA=https://acme-v02.api.letsencrypt.org/directory" % (d, router(), d, d)
    def router():
        return pick("rocketchat@docker", "grafana@docker", "api@internal", "dashboard@internal", "websecure-rocketchat@kubernetescrd")
    def svc():
        return pick("rocketchat", "grafana", "prometheus", "whoami")
    return [
        (18, "E1", "", lambda: "'%d %s' caused by: %s" % (pick(499, 502, 504), pick("Bad Gateway", "Gateway Timeout", "status code 499"), pick("context canceled", "dial tcp %s:3000: connect: connection refused" % ip(), "EOF"))),
        (14, "E2", "", lambda: "Error while Peeking first byte: read tcp %s:%s->%s:%s: read: connection reset by peer" % (ip(), pick(80, 443), ip(), port())),
        (12, "E3", "", lambda: "Error while hijacking SSE stream: ERROR: %s" % pick("context canceled", "client disconnected")),
        (10, "E4", "", lambda: "Configuration loaded from flags."),
        (10, "E5", "", lambda: "Provider connection established with docker %s (API %s)" % (pick("24.0.7", "25.0.3", "26.1.4"), pick("1.43", "1.44", "1.45"))),
        (9, "E6", "", lambda: "Cannot create service error=\"service port not found\" providerName=docker container=%s-%s serviceName=%s" % (svc(), hexs(64), svc())),
        (8, "E7", "", lambda: "Router uses a non-existent service routerName=%s serviceName=%s@docker entryPointName=%s" % (router(), svc(), pick("web", "websecure"))),
        (7, "E8", "", lambda: acme()),
        (6, "E9", "", lambda: "Starting provider *%s" % pick("docker.Provider", "file.Provider", "traefik.Provider", "acme.ChallengeTLSALPN", "crd.Provider")),
        (5, "E10", "", lambda: "Skipping same configuration providerName=%s" % pick("docker", "file", "internal")),
        (4, "E11", "", lambda: "Traefik version %s built on %s" % (pick("2.10.7", "3.0.4", "2.11.0"), pick("2023-12-06T15:54:59Z", "2024-07-02T13:47:18Z"))),
    ]


@held_out_6("Keycloak")
def keycloak():
    def realm():
        return pick("master", "rocketchat", "staff", "customers")
    def client():
        return pick("rocketchat", "grafana", "admin-cli", "account-console", "security-admin-console")
    def user():
        return pick("alice", "bob", "carol.smith", "dave", "service-account-rocketchat", "erin")
    return [
        (20, "E1", "", lambda: "type=LOGIN_ERROR, realmId=%s, clientId=%s, userId=%s, ipAddress=%s, error=%s, auth_method=openid-connect, auth_type=code, redirect_uri=https://%s/_oauth/keycloak, code_id=%s, username=%s" % (uuid(), client(), pick("null", uuid()), ip(), pick("invalid_user_credentials", "user_not_found", "user_disabled"), pick("chat.example.com", "open.rocket.chat"), uuid(), user())),
        (14, "E2", "", lambda: "type=LOGIN, realmId=%s, clientId=%s, userId=%s, ipAddress=%s, auth_method=openid-connect, auth_type=code, redirect_uri=https://%s/_oauth/keycloak, consent=no_consent_required, code_id=%s, username=%s" % (uuid(), client(), uuid(), ip(), pick("chat.example.com", "open.rocket.chat"), uuid(), user())),
        (12, "E3", "", lambda: "type=CODE_TO_TOKEN_ERROR, realmId=%s, clientId=%s, userId=null, ipAddress=%s, error=%s, grant_type=authorization_code, code_id=%s" % (uuid(), client(), ip(), pick("invalid_code", "invalid_client_credentials"), uuid())),
        (10, "E4", "", lambda: "Uncaught server error: java.lang.RuntimeException: %s" % pick("Could not create connection", "Unable to find factory for Required Action: %s" % pick("TERMS_AND_CONDITIONS", "delete_credential"))),
        (8, "E5", "", lambda: "Failed to send email" ),
        (8, "E6", "", lambda: "Realm '%s' imported" % realm()),
        (7, "E7", "", lambda: "Keycloak %s on JVM (powered by Quarkus %s) started in %.3fs. Listening on: http://0.0.0.0:8080" % (pick("24.0.5", "25.0.1", "22.0.3"), pick("3.8.5", "3.8.4", "3.2.9.Final"), R.uniform(3, 60))),
        (6, "E8", "", lambda: "Profile %s activated." % pick("prod", "dev")),
        (6, "E9", "", lambda: "Installed features: [%s]" % pick("agroal, cdi, hibernate-orm, jdbc-postgresql, keycloak, narayana-jta, reactive-routes, resteasy-reactive, smallrye-context-propagation, vertx", "agroal, cdi, hibernate-orm, jdbc-h2, jdbc-mariadb, keycloak, vertx")),
        (5, "E10", "", lambda: "Error when validating client assertion: %s" % pick("Token is not active", "Invalid token issuer")),
        (4, "E11", "", lambda: "Synchronization finished: %d imported users, %d updated users, %d removed users" % (R.randint(0, 400), R.randint(0, 9000), R.randint(0, 50))),
        (3, "E12", "", lambda: "Detected session timeout for user %s in realm %s" % (user(), realm())),
    ]


@held_out_6("Mosquitto")
def mosquitto():
    def cid():
        return pick("sensor-%d" % R.randint(1, 400), "auto-%s" % uuid().upper(), "mqttjs_%s" % hexs(8), "homeassistant", "node-red", "zigbee2mqtt")
    return [
        (24, "E1", "", lambda: "New client connected from %s:%s as %s (p%d, c%d, k%d, u'%s')." % (ip(), port(), cid(), pick(2, 5), pick(0, 1), pick(15, 30, 60, 120), pick("sensor", "ha", "nodered", "admin"))),
        (20, "E2", "", lambda: "Client %s disconnected." % cid()),
        (14, "E3", "", lambda: "New connection from %s:%s on port %d." % (ip(), port(), pick(1883, 8883, 9001))),
        (10, "E4", "", lambda: "Client %s has exceeded timeout, disconnecting." % cid()),
        (8, "E5", "", lambda: "Client %s closed its connection." % cid()),
        (7, "E6", "", lambda: "Client %s already connected, closing old connection." % cid()),
        (6, "E7", "", lambda: "Socket error on client %s, disconnecting." % cid()),
        (5, "E8", "", lambda: "Client <unknown> disconnected due to protocol error."),
        (5, "E9", "", lambda: "Saving in-memory database to /mosquitto/data/mosquitto.db."),
        (4, "E10", "", lambda: "mosquitto version %s running" % pick("2.0.18", "2.0.15", "1.6.12")),
        (4, "E11", "", lambda: "Opening ipv%d listen socket on port %d." % (pick(4, 6), pick(1883, 8883, 9001))),
        (3, "E12", "", lambda: "Client %s disconnected, not authorised." % cid()),
    ]


@held_out_6("Fail2ban")
def fail2ban():
    def jail():
        return pick("sshd", "nginx-http-auth", "postfix", "dovecot", "recidive", "rocketchat")
    return [
        (22, "E1", "", lambda: "fail2ban.filter         [%d]: INFO    [%s] Found %s - %s" % (R.randint(300, 9000), jail(), ip(), "2024-05-%02d %02d:%02d:%02d" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)))),
        (14, "E2", "", lambda: "fail2ban.actions        [%d]: NOTICE  [%s] Ban %s" % (R.randint(300, 9000), jail(), ip())),
        (12, "E3", "", lambda: "fail2ban.actions        [%d]: NOTICE  [%s] Unban %s" % (R.randint(300, 9000), jail(), ip())),
        (8, "E4", "", lambda: "fail2ban.actions        [%d]: NOTICE  [%s] %s already banned" % (R.randint(300, 9000), jail(), ip())),
        (6, "E5", "", lambda: "fail2ban.jail           [%d]: INFO    Jail '%s' started" % (R.randint(300, 9000), jail())),
        (6, "E6", "", lambda: "fail2ban.jail           [%d]: INFO    Jail '%s' stopped" % (R.randint(300, 9000), jail())),
        (5, "E7", "", lambda: "fail2ban.filter         [%d]: INFO    Added logfile: '%s' (pos = %d, hash = %s)" % (R.randint(300, 9000), pick("/var/log/auth.log", "/var/log/nginx/error.log", "/var/log/mail.log"), R.randint(0, 10**7), hexs(40))),
        (5, "E8", "", lambda: "fail2ban.server         [%d]: INFO    Starting Fail2ban v%s" % (R.randint(300, 9000), pick("0.11.2", "1.0.2"))),
        (4, "E9", "", lambda: "fail2ban.filter         [%d]: INFO      maxRetry: %d" % (R.randint(300, 9000), pick(3, 5, 10))),
        (4, "E10", "", lambda: "fail2ban.filter         [%d]: INFO      findtime: %d" % (R.randint(300, 9000), pick(600, 3600, 86400))),
        (3, "E11", "", lambda: "fail2ban.actions        [%d]: ERROR   Failed to execute ban jail '%s' action '%s' info 'ActionInfo({'ip': '%s', 'family': 'inet4'})': Error starting action Jail('%s')/%s: 'Script error'" % (R.randint(300, 9000), jail(), pick("iptables-multiport", "nftables"), ip(), jail(), pick("iptables-multiport", "nftables"))),
    ]


@held_out_6("Cron")  # pam_unix logs "session opened for user %s(uid=%lu) by %s(uid=%lu)" from one statement (pam_unix_sess.c): one event for cron and sudo
def cron():
    def user():
        return pick("root", "www-data", "rocketchat", "backup", "postgres", "deploy")
    return [
        (24, "E1", "", lambda: "CRON[%d]: (%s) CMD (%s)" % (R.randint(1000, 60000), user(), pick("command -v debian-sa1 > /dev/null && debian-sa1 1 1", "/usr/local/bin/backup-mongo.sh", "cd / && run-parts --report /etc/cron.hourly", "/usr/bin/certbot renew --quiet", "php /var/www/nextcloud/cron.php"))),
        (18, "E2", "", lambda: "pam_unix(cron:session): session opened for user %s(uid=%d) by (uid=0)" % (user(), R.randint(0, 1500))),
        (18, "E3", "", lambda: "pam_unix(cron:session): session closed for user %s" % user()),
        (12, "E4", "", lambda: "sudo: %s : TTY=pts/%d ; PWD=%s ; USER=root ; COMMAND=%s" % (pick("alice", "bob", "deploy", "ubuntu"), R.randint(0, 9), pick("/home/alice", "/root", "/opt/rocketchat", "/home/ubuntu"), pick("/usr/bin/systemctl restart rocketchat", "/usr/bin/docker ps", "/usr/bin/apt-get update", "/usr/bin/journalctl -u nginx"))),
        (10, "E2", "", lambda: "pam_unix(sudo:session): session opened for user root(uid=0) by %s(uid=%d)" % (pick("alice", "bob", "deploy", "ubuntu"), R.randint(1000, 1500))),
        (8, "E6", "", lambda: "CRON[%d]: (CRON) info (No MTA installed, discarding output)" % R.randint(1000, 60000)),
        (6, "E7", "", lambda: "sudo: %s : %d incorrect password attempts ; TTY=pts/%d ; PWD=%s ; USER=root ; COMMAND=%s" % (pick("alice", "bob", "intern"), pick(1, 2, 3), R.randint(0, 9), pick("/home/bob", "/tmp"), pick("/bin/bash", "/usr/bin/su"))),
        (5, "E8", "", lambda: "cron[%d]: (CRON) INFO (pidfile fd = 3)" % R.randint(300, 900)),
        (4, "E9", "", lambda: "cron[%d]: (CRON) INFO (Running @reboot jobs)" % R.randint(300, 900)),
        (4, "E10", "", lambda: "CRON[%d]: (%s) MAIL (mailed %d bytes of output but got status 0x%04x from MTA)" % (R.randint(1000, 60000), user(), R.randint(100, 9000), R.randint(1, 255))),
        (3, "E11", "", lambda: "sudo: %s : user NOT in sudoers ; TTY=pts/%d ; PWD=%s ; USER=root ; COMMAND=%s" % (pick("intern", "guest", "mallory"), R.randint(0, 9), pick("/home/intern", "/tmp"), pick("/bin/bash", "/usr/bin/apt install nmap"))),
    ]


@held_out_6("Chrony")
def chrony():
    def src():
        return pick("ntp.ubuntu.com", "time.cloudflare.com", "0.pool.ntp.org", "ntp1.hetzner.de", ip())
    return [
        (20, "E1", "", lambda: "Selected source %s (%s)" % (ip(), src())),
        (16, "E2", "", lambda: "Source %s replaced with %s (%s)" % (ip(), ip(), pick("2.debian.pool.ntp.org", "0.ubuntu.pool.ntp.org", "3.pool.ntp.org"))),
        (14, "E3", "", lambda: "System clock wrong by %.6f seconds" % R.uniform(-5, 5)),
        (12, "E4", "", lambda: "Can't synchronise: no majority"),
        (10, "E5", "", lambda: "Source %s online" % ip()),
        (10, "E6", "", lambda: "Source %s offline" % ip()),
        (8, "E7", "", lambda: "Forward time jump detected!"),
        (6, "E8", "", lambda: "chronyd version %s starting (+CMDMON +NTP +REFCLOCK +RTC +PRIVDROP +SCFILTER +SIGND +ASYNCDNS +NTS +SECHASH +IPV6 -DEBUG)" % pick("4.2", "4.3", "4.5")),
        (5, "E9", "", lambda: "Frequency %.3f +/- %.3f ppm read from /var/lib/chrony/chrony.drift" % (R.uniform(-40, 40), R.uniform(0, 5))),
        (5, "E10", "", lambda: "Selected source %s" % pick("PHC0", "GPS", "PPS")),
        (3, "E11", "", lambda: "Could not resolve address of initstepslew server %s" % pick("ntp.internal", "time.corp", "ntp.acme.local")),
    ]


@held_out_6("NetworkManager")
def networkmanager():
    def dev():
        return pick("eth0", "enp0s31f6", "wlp2s0", "docker0", "veth%s" % hexs(7), "br-%s" % hexs(12))
    return [
        (20, "E1", "", lambda: "<info>  [%d.%04d] device (%s): state change: %s -> %s (reason '%s', sys-iface-state: '%s')" % (R.randint(10**9, 2 * 10**9), R.randint(0, 9999), dev(), pick("unmanaged", "unavailable", "disconnected", "prepare", "config", "ip-config", "activated"), pick("unavailable", "disconnected", "prepare", "config", "ip-config", "ip-check", "secondaries", "activated"), pick("none", "managed", "carrier-changed", "connection-assumed", "removed"), pick("managed", "external", "assume", "removed"))),
        (14, "E2", "", lambda: "<info>  [%d.%04d] dhcp4 (%s): state changed new lease, address=%s" % (R.randint(10**9, 2 * 10**9), R.randint(0, 9999), dev(), ip())),
        (12, "E3", "", lambda: "<info>  [%d.%04d] manager: (%s): new %s device (/org/freedesktop/NetworkManager/Devices/%d)" % (R.randint(10**9, 2 * 10**9), R.randint(0, 9999), dev(), pick("Veth", "Bridge", "Ethernet", "Tun", "WireGuard"), R.randint(1, 300))),
        (10, "E4", "", lambda: "<info>  [%d.%04d] device (%s): carrier: link connected" % (R.randint(10**9, 2 * 10**9), R.randint(0, 9999), dev())),
        (10, "E5", "", lambda: "<info>  [%d.%04d] device (%s): released from master device %s" % (R.randint(10**9, 2 * 10**9), R.randint(0, 9999), dev(), dev())),
        (8, "E6", "", lambda: "<info>  [%d.%04d] manager: NetworkManager state is now %s" % (R.randint(10**9, 2 * 10**9), R.randint(0, 9999), pick("CONNECTED_GLOBAL", "CONNECTING", "CONNECTED_SITE", "DISCONNECTED", "ASLEEP"))),
        (6, "E7", "", lambda: "<warn>  [%d.%04d] device (%s): Activation: failed for connection '%s'" % (R.randint(10**9, 2 * 10**9), R.randint(0, 9999), dev(), pick("Wired connection 1", "office-wifi", "VPN acme", "eduroam"))),
        (6, "E8", "", lambda: "<info>  [%d.%04d] dns-mgr: update-pending changed: %s" % (R.randint(10**9, 2 * 10**9), R.randint(0, 9999), pick("true", "false"))),
        (5, "E9", "", lambda: "<info>  [%d.%04d] policy: set '%s' (%s) as default for IPv4 routing and DNS" % (R.randint(10**9, 2 * 10**9), R.randint(0, 9999), pick("Wired connection 1", "office-wifi", "eduroam"), dev())),
        (4, "E10", "", lambda: "<info>  [%d.%04d] NetworkManager (version %s) is starting... (boot:%s)" % (R.randint(10**9, 2 * 10**9), R.randint(0, 9999), pick("1.42.4", "1.46.0"), uuid())),
        (3, "E11", "", lambda: "<warn>  [%d.%04d] dhcp4 (%s): request timed out" % (R.randint(10**9, 2 * 10**9), R.randint(0, 9999), dev())),
    ]


@held_out_6("Vault")
def vault():
    def path():
        return pick("auth/kubernetes/login", "secret/data/rocketchat/mongo", "sys/leases/renew", "database/creds/rocketchat", "pki/issue/internal")
    return [
        (20, "E1", "", lambda: "[ERROR] core: failed to %s: error=\"%s\"" % (pick("lookup token", "renew lease", "revoke lease"), pick("permission denied", "invalid token", "lease not found or lease is not renewable"))),
        (14, "E2", "", lambda: "[INFO]  expiration: revoked lease: lease_id=%s/%s" % (pick("database/creds/rocketchat", "auth/kubernetes/login", "pki/issue/internal"), hexs(24))),
        (12, "E3", "", lambda: "[WARN]  core: leadership lost, stopping active operation"),
        (10, "E4", "", lambda: "[INFO]  core: acquired lock, enabling active operation"),
        (10, "E5", "", lambda: "[INFO]  core: vault is unsealed"),
        (8, "E6", "", lambda: "[INFO]  core.cluster-listener: serving cluster requests: cluster_listen_address=%s:8201" % ip()),
        (8, "E7", "", lambda: "[ERROR] secrets.database.database_%s: error creating database object: error=\"error verifying connection: %s\"" % (hexs(8), pick("dial tcp %s:5432: connect: connection refused" % ip(), "pq: password authentication failed for user \"vault\""))),
        (6, "E8", "", lambda: "[INFO]  core: successful mount: namespace=\"\" path=%s/ type=%s version=\"\"" % (pick("secret", "database", "pki", "transit"), pick("kv", "database", "pki", "transit"))),
        (5, "E9", "", lambda: "[INFO]  core: security barrier not initialized"),
        (4, "E10", "", lambda: "[WARN]  core: request failed: path=%s error=\"permission denied\"" % path()),
        (3, "E11", "", lambda: "[INFO]  storage.raft: snapshot complete up to: index=%d" % R.randint(10**4, 10**7)),
    ]


@held_out_6("Zabbix")
def zabbix():
    def host():
        return pick("rocketchat-01", "mongo-primary", "Zabbix server", "nginx-edge", "backup-nas", "db02")
    def item():
        return pick("system.cpu.load[all,avg1]", "vfs.fs.size[/,pfree]", "net.if.in[eth0]", "proc.num[node]", "mongodb.ping")
    return [
        (22, "E1", "", lambda: "%d:%s.%03d item \"%s:%s\" became not supported: %s" % (R.randint(1000, 9999), "2024%02d%02d:%02d%02d%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), R.randint(0, 999), host(), item(), pick("Cannot obtain filesystem information: [2] No such file or directory", "Timeout while executing a shell script.", "Unsupported item key."))),
        (16, "E2", "", lambda: "%d:%s.%03d Zabbix agent item \"%s\" on host \"%s\" failed: first network error, wait for %d seconds" % (R.randint(1000, 9999), "2024%02d%02d:%02d%02d%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), R.randint(0, 999), item(), host(), pick(15, 60))),
        (14, "E3", "", lambda: "%d:%s.%03d resuming Zabbix agent checks on host \"%s\": connection restored" % (R.randint(1000, 9999), "2024%02d%02d:%02d%02d%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), R.randint(0, 999), host())),
        (12, "E4", "", lambda: "%d:%s.%03d temporarily disabling Zabbix agent checks on host \"%s\": interface unavailable" % (R.randint(1000, 9999), "2024%02d%02d:%02d%02d%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), R.randint(0, 999), host())),
        (8, "E5", "", lambda: "%d:%s.%03d executing housekeeper" % (R.randint(1000, 9999), "2024%02d%02d:%02d%02d%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), R.randint(0, 999))),
        (8, "E6", "", lambda: "%d:%s.%03d housekeeper [deleted %d hist/trends, %d items/triggers, %d events, %d problems, %d sessions, %d alarms, %d audit, %d autoreg_host, %d records in %.6f sec, idle for %d hour(s)]" % (R.randint(1000, 9999), "2024%02d%02d:%02d%02d%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), R.randint(0, 999), R.randint(0, 10**6), R.randint(0, 99), R.randint(0, 9999), R.randint(0, 999), R.randint(0, 99), R.randint(0, 99), R.randint(0, 99), R.randint(0, 9), R.randint(0, 99), R.uniform(0, 90), 1)),
        (6, "E7", "", lambda: "%d:%s.%03d cannot send list of active checks to \"%s\": host [%s] not found" % (R.randint(1000, 9999), "2024%02d%02d:%02d%02d%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), R.randint(0, 999), ip(), host())),
        (5, "E8", "", lambda: "%d:%s.%03d Starting Zabbix Server. Zabbix %s (revision %s)." % (R.randint(1000, 9999), "2024%02d%02d:%02d%02d%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), R.randint(0, 999), pick("6.0.25", "6.4.12", "7.0.0"), hexs(8))),
        (4, "E9", "", lambda: "%d:%s.%03d [Z3005] query failed: [1205] Lock wait timeout exceeded; try restarting transaction [%s]" % (R.randint(1000, 9999), "2024%02d%02d:%02d%02d%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), R.randint(0, 999), pick("update items set lastlogsize=%d where itemid=%d" % (R.randint(0, 10**6), R.randint(10**4, 10**6)), "delete from history where itemid=%d limit 500" % R.randint(10**4, 10**6)))),
        (3, "E10", "", lambda: "%d:%s.%03d server #%d started [%s #%d]" % (R.randint(1000, 9999), "2024%02d%02d:%02d%02d%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), R.randint(0, 999), R.randint(1, 60), pick("poller", "trapper", "housekeeper", "timer", "escalator", "alerter", "history syncer"), R.randint(1, 9))),
    ]


@held_out_6("Nomad")
def nomad():
    def alloc():
        return uuid()
    def task():
        return pick("rocketchat", "mongo", "nginx", "backup", "traefik")
    return [
        (20, "E1", "", lambda: "client.alloc_runner.task_runner: Task event: alloc_id=%s task=%s type=%s msg=\"%s\" failed=%s" % (alloc(), task(), pick("Started", "Received", "Task Setup", "Driver", "Killing", "Terminated"), pick("Task started by client", "Task received by client", "Building Task Directory", "Downloading image", "Sent interrupt. Waiting 5s before force killing", "Exit Code: 0"), pick("false", "true"))),
        (14, "E2", "", lambda: "client.driver_mgr.docker: created container: driver=docker container_id=%s" % hexs(64)),
        (12, "E3", "", lambda: "client.driver_mgr.docker: started container: driver=docker container_id=%s" % hexs(64)),
        (10, "E4", "", lambda: "client.alloc_runner.task_runner: restarting task: alloc_id=%s task=%s reason=\"Restart within policy\" delay=%.6fs" % (alloc(), task(), R.uniform(10, 30))),
        (8, "E5", "", lambda: "client.gc: marking allocation for GC: alloc_id=%s" % alloc()),
        (8, "E6", "", lambda: "client.gc: garbage collecting allocation: alloc_id=%s reason=\"%s\"" % (alloc(), pick("forced collection", "number of allocations (51) is over the limit (50)", "new allocations and over max (50)"))),
        (6, "E7", "", lambda: "worker: dequeued evaluation: worker_id=%s eval_id=%s type=service namespace=default job_id=%s node_id=\"\" triggered_by=%s" % (uuid(), uuid(), task(), pick("job-register", "node-update", "alloc-failure", "job-deregister"))),
        (6, "E8", "", lambda: "worker.service_sched: reconciled current state with desired state: eval_id=%s job_id=%s namespace=default" % (uuid(), task())),
        (5, "E9", "", lambda: "client: node registration complete"),
        (4, "E10", "", lambda: "client.fingerprint_mgr.network: unable to parse speed: path=/usr/sbin/ethtool device=%s" % pick("eth0", "ens3", "lo")),
        (3, "E11", "", lambda: "nomad.heartbeat: node TTL expired: node_id=%s" % uuid()),
    ]


# ---- Seventh held-out set (labelled-logs-heldout7.tsv): written in round 4 after the first round-4
# rules up to commit 9d08860, never looked at line by line; measured once with the frozen
# round-4 rules and once with main's rules. Systems none of the other sets has.
HELD_OUT_7 = {}


def held_out_7(name):
    def deco(f):
        HELD_OUT_7[name] = f
        return f
    return deco


@held_out_7("Slapd")
def slapd():
    def conn():
        return "conn=%d" % R.randint(1000, 99999)
    def dn():
        return pick("cn=admin,dc=example,dc=org", "uid=%s,ou=people,dc=example,dc=org" % pick("alice", "bob", "rocketchat", "jdoe"), "cn=readonly,dc=example,dc=org")
    return [
        (24, "E1", "", lambda: "%s op=%d SRCH base=\"%s\" scope=%d deref=0 filter=\"(%s=%s)\"" % (conn(), R.randint(0, 40), pick("ou=people,dc=example,dc=org", "dc=example,dc=org", "ou=groups,dc=example,dc=org"), pick(1, 2), pick("uid", "mail", "memberUid", "cn"), pick("alice", "bob", "rocketchat", "*", "jdoe@example.org"))),
        (20, "E2", "", lambda: "%s op=%d SEARCH RESULT tag=101 err=%d nentries=%d text=" % (conn(), R.randint(0, 40), pick(0, 0, 32), R.randint(0, 40))),
        (16, "E3", "", lambda: "%s op=%d BIND dn=\"%s\" method=128" % (conn(), R.randint(0, 40), dn())),
        (14, "E4", "", lambda: "%s op=%d RESULT tag=97 err=%d text=%s" % (conn(), R.randint(0, 40), pick(0, 49), pick("", "invalid credentials"))),
        (12, "E5", "", lambda: "%s fd=%d ACCEPT from IP=%s:%s (IP=0.0.0.0:389)" % (conn(), R.randint(10, 90), ip(), port())),
        (12, "E6", "", lambda: "%s fd=%d closed" % (conn(), R.randint(10, 90))),
        (8, "E7", "", lambda: "%s op=%d UNBIND" % (conn(), R.randint(0, 40))),
        (5, "E8", "", lambda: "%s fd=%d closed (connection lost)" % (conn(), R.randint(10, 90))),
        (4, "E9", "", lambda: "slapd starting"),
        (3, "E10", "", lambda: "%s op=%d STARTTLS" % (conn(), R.randint(0, 40))),
    ]


@held_out_7("Envoy")
def envoy():
    def cluster():
        return pick("rocketchat_service", "grafana_service", "outbound|3000||rocketchat.default.svc.cluster.local", "auth_service")
    return [
        (22, "E1", "", lambda: "[C%d][S%d] upstream reset: reset reason: %s, transport failure reason: %s" % (R.randint(1, 9999), R.randint(10**17, 10**19), pick("connection failure", "connection termination", "overflow"), pick("delayed connect error: 111", "", "TLS error: 268435581:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED"))),
        (16, "E2", "", lambda: "cds: add %d cluster(s), remove %d cluster(s)" % (R.randint(0, 40), R.randint(0, 10))),
        (14, "E3", "", lambda: "lds: add/update listener '%s'" % pick("0.0.0.0_8080", "0.0.0.0_8443", "virtualInbound", "virtualOutbound")),
        (12, "E4", "", lambda: "gRPC config stream to %s closed: %d, %s" % (pick("xds-grpc", "xds_cluster"), pick(13, 14, 0), pick("", "upstream connect error or disconnect/reset before headers. reset reason: connection failure"))),
        (10, "E5", "", lambda: "cm init: all clusters initialized"),
        (10, "E6", "", lambda: "all dependencies initialized. starting workers"),
        (8, "E7", "", lambda: "health check failed for host %s:%s in cluster %s" % (ip(), port(), cluster())),
        (6, "E8", "", lambda: "[C%d] new connection from %s:%s" % (R.randint(1, 9999), ip(), port())),
        (5, "E9", "", lambda: "Envoy is draining, starting drain sequence"),
        (4, "E10", "", lambda: "caught ENVOY_SIGTERM"),
        (3, "E11", "", lambda: "initializing epoch %d (base id=0, hot restart version=%s)" % (R.randint(0, 5), pick("11.104", "disabled"))),
    ]


@held_out_7("Vsftpd")
def vsftpd():
    def user():
        return pick("ftpuser", "backup", "anonymous", "alice", "uploader")
    def f():
        return pick("/pub/rocketchat-6.5.0.tgz", "/uploads/report.pdf", "/backup/mongo-dump.gz", "/incoming/data.csv")
    return [
        (24, "E1", "", lambda: "[pid %d] [%s] OK DOWNLOAD: Client \"%s\", \"%s\", %d bytes, %.2fKbyte/sec" % (R.randint(1000, 60000), user(), ip(), f(), R.randint(100, 10**9), R.uniform(10, 90000))),
        (18, "E2", "", lambda: "[pid %d] [%s] OK LOGIN: Client \"%s\"" % (R.randint(1000, 60000), user(), ip())),
        (14, "E3", "", lambda: "[pid %d] [%s] FAIL LOGIN: Client \"%s\"" % (R.randint(1000, 60000), user(), ip())),
        (14, "E4", "", lambda: "[pid %d] [%s] OK UPLOAD: Client \"%s\", \"%s\", %d bytes, %.2fKbyte/sec" % (R.randint(1000, 60000), user(), ip(), f(), R.randint(100, 10**9), R.uniform(10, 90000))),
        (10, "E5", "", lambda: "[pid %d] CONNECT: Client \"%s\"" % (R.randint(1000, 60000), ip())),
        (8, "E6", "", lambda: "[pid %d] [%s] FAIL UPLOAD: Client \"%s\", \"%s\", %d bytes, %.2fKbyte/sec" % (R.randint(1000, 60000), user(), ip(), f(), R.randint(0, 10**6), R.uniform(0, 900))),
        (6, "E7", "", lambda: "[pid %d] [%s] OK MKDIR: Client \"%s\", \"%s\"" % (R.randint(1000, 60000), user(), ip(), pick("/uploads/2024", "/backup/daily", "/incoming/new"))),
        (5, "E8", "", lambda: "[pid %d] [%s] OK DELETE: Client \"%s\", \"%s\"" % (R.randint(1000, 60000), user(), ip(), f())),
        (4, "E9", "", lambda: "[pid %d] [%s] OK RENAME: Client \"%s\", \"%s %s\"" % (R.randint(1000, 60000), user(), ip(), f(), f())),
    ]


@held_out_7("Exim")
def exim():
    def mid():
        return "%s-%s-%s" % ("".join(R.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(6)), "".join(R.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(6)), "".join(R.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(2)))
    def addr():
        return pick("alice", "bob", "noreply", "support", "admin") + "@" + pick("example.org", "acme.io", "rocket.chat")
    return [
        (22, "E1", "", lambda: "%s <= %s H=%s [%s] P=esmtp%s S=%d id=%s@%s" % (mid(), addr(), pick("mail.example.org", "chat.acme.io", "(localhost)"), ip(), pick("", "s"), R.randint(900, 90000), hexs(16), pick("example.org", "acme.io"))),
        (20, "E2", "", lambda: "%s => %s R=%s T=%s H=%s [%s] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C=\"250 2.0.0 Ok: queued as %s\"" % (mid(), addr(), pick("dnslookup", "smarthost"), pick("remote_smtp", "remote_smtp_smarthost"), pick("mx.example.org", "smtp.acme.io"), ip(), hexs(10).upper())),
        (18, "E3", "", lambda: "%s Completed" % mid()),
        (10, "E4", "", lambda: "%s ** %s R=dnslookup T=remote_smtp H=%s [%s]: SMTP error from remote mail server after RCPT TO:<%s>: 550 5.1.1 User unknown" % (mid(), addr(), pick("mx.example.org", "smtp.acme.io"), ip(), addr())),
        (8, "E5", "", lambda: "%s == %s R=dnslookup T=remote_smtp defer (%d): Connection timed out" % (mid(), addr(), pick(-53, 110))),
        (8, "E6", "", lambda: "H=(%s) [%s] F=<%s> rejected RCPT <%s>: relay not permitted" % (pick("User", "ylmf-pc", "WIN-CLJ1B0GQ6JP"), ip(), addr(), addr())),
        (6, "E7", "", lambda: "SMTP connection from [%s]:%s (TCP/IP connection count = %d)" % (ip(), port(), R.randint(1, 20))),
        (5, "E8", "", lambda: "Start queue run: pid=%d" % R.randint(1000, 60000)),
        (5, "E9", "", lambda: "End queue run: pid=%d" % R.randint(1000, 60000)),
        (3, "E10", "", lambda: "%s Frozen (delivery error message)" % mid()),
    ]


@held_out_7("Dnsmasq")
def dnsmasq():
    def host():
        return pick("laptop-alice", "printer", "android-%s" % hexs(8), "rocketchat-srv", "nas")
    def mac():
        return ":".join(hexs(2) for _ in range(6))
    return [
        (22, "E1", "", lambda: "query[%s] %s from %s" % (pick("A", "AAAA", "PTR", "HTTPS"), pick("open.rocket.chat", "api.github.com", "connectivity-check.ubuntu.com", "nas.lan"), ip())),
        (20, "E2", "", lambda: "forwarded %s to %s" % (pick("open.rocket.chat", "api.github.com", "connectivity-check.ubuntu.com"), pick("1.1.1.1", "8.8.8.8", "9.9.9.9"))),
        (16, "E3", "", lambda: "reply %s is %s" % (pick("open.rocket.chat", "api.github.com", "connectivity-check.ubuntu.com"), pick(ip(), "<CNAME>", "NXDOMAIN", "NODATA-IPv6"))),
        (12, "E4", "", lambda: "cached %s is %s" % (pick("open.rocket.chat", "nas.lan", "printer.lan"), pick(ip(), "<CNAME>", "NXDOMAIN"))),
        (10, "E5", "", lambda: "DHCPREQUEST(%s) %s %s" % (pick("eth0", "br-lan"), ip(), mac())),
        (10, "E6", "", lambda: "DHCPACK(%s) %s %s %s" % (pick("eth0", "br-lan"), ip(), mac(), host())),
        (8, "E7", "", lambda: "DHCPDISCOVER(%s) %s" % (pick("eth0", "br-lan"), mac())),
        (6, "E8", "", lambda: "DHCPOFFER(%s) %s %s" % (pick("eth0", "br-lan"), ip(), mac())),
        (4, "E9", "", lambda: "read /etc/hosts - %d names" % R.randint(2, 40)),
        (3, "E10", "", lambda: "using nameserver %s#53" % pick("1.1.1.1", "8.8.8.8", "9.9.9.9")),
    ]


@held_out_7("Containerd")
def containerd():
    def cid():
        return hexs(64)
    return [
        (20, "E1", "", lambda: "time=\"%s\" level=info msg=\"shim disconnected\" id=%s namespace=%s" % (go_ts(), cid(), pick("k8s.io", "moby"))),
        (16, "E2", "", lambda: "time=\"%s\" level=info msg=\"StartContainer for \\\"%s\\\" returns successfully\"" % (go_ts(), cid())),
        (14, "E3", "", lambda: "time=\"%s\" level=info msg=\"RunPodSandbox for &PodSandboxMetadata{Name:%s,Uid:%s,Namespace:%s,Attempt:0,} returns sandbox id \\\"%s\\\"\"" % (go_ts(), pick("rocketchat-0", "mongo-0", "coredns-7db6d8ff4d-%s" % hexs(5), "nats-0"), uuid(), pick("rocketchat", "kube-system"), cid())),
        (12, "E4", "", lambda: "time=\"%s\" level=error msg=\"PullImage \\\"%s\\\" failed\" error=\"rpc error: code = NotFound desc = failed to pull and unpack image \\\"%s\\\": not found\"" % ((go_ts(),) + (pick("registry.rocket.chat/rocketchat/rocket.chat:6.99.0", "docker.io/library/mongo:9.0"),) * 2)),
        (10, "E5", "", lambda: "time=\"%s\" level=info msg=\"cleaning up dead shim\" namespace=%s" % (go_ts(), pick("k8s.io", "moby"))),
        (10, "E6", "", lambda: "time=\"%s\" level=info msg=\"TearDown network for sandbox \\\"%s\\\" successfully\"" % (go_ts(), cid())),
        (8, "E7", "", lambda: "time=\"%s\" level=warning msg=\"cleanup warnings time=\\\"%s\\\" level=info msg=\\\"starting signal loop\\\" namespace=%s pid=%d runtime=io.containerd.runc.v2\\n\"" % (go_ts(), go_ts(), pick("k8s.io", "moby"), R.randint(1000, 90000))),
        (6, "E8", "", lambda: "time=\"%s\" level=info msg=\"loading plugin \\\"%s\\\"...\" type=%s" % (go_ts(), pick("io.containerd.snapshotter.v1.overlayfs", "io.containerd.grpc.v1.cri", "io.containerd.runtime.v2.task"), pick("io.containerd.snapshotter.v1", "io.containerd.grpc.v1", "io.containerd.runtime.v2"))),
        (4, "E9", "", lambda: "time=\"%s\" level=info msg=\"containerd successfully booted in %.6fs\"" % (go_ts(), R.uniform(0.05, 3))),
    ]


@held_out_7("Logstash")
def logstash():
    def pipeline():
        return pick("main", "rocketchat-logs", "audit", ".monitoring-logstash")
    return [
        (20, "E1", "", lambda: "[%s][logstash.outputs.elasticsearch][%s] Could not index event to Elasticsearch. {:status=>400, :action=>[\"index\", {:_id=>nil, :_index=>\"%s-%s\"}], :response=>{\"index\"=>{\"status\"=>400, \"error\"=>{\"type\"=>\"mapper_parsing_exception\", \"reason\"=>\"failed to parse field [%s]\"}}}}" % (pick("WARN ", "ERROR"), pipeline(), pick("rocketchat", "nginx", "syslog"), "2024.06.%02d" % R.randint(1, 28), pick("msg", "ts", "u.username"))),
        (16, "E2", "", lambda: "[INFO ][logstash.javapipeline    ][%s] Pipeline started {\"pipeline.id\"=>\"%s\"}" % ((pipeline(),) * 2)),
        (14, "E3", "", lambda: "[WARN ][logstash.outputs.elasticsearch][%s] Attempted to resurrect connection to dead ES instance, but got an error {:url=>\"http://%s:9200/\", :exception=>LogStash::Outputs::ElasticSearch::HttpClient::Pool::HostUnreachableError, :message=>\"Elasticsearch Unreachable: [http://%s:9200/][Manticore::SocketException] Connection refused\"}" % ((pipeline(),) + (pick("elasticsearch", "es01", "10.0.4.12"),) * 2)),
        (12, "E4", "", lambda: "[INFO ][logstash.agent           ] Pipelines running {:count=>%d, :running_pipelines=>[%s], :non_running_pipelines=>[]}" % (R.randint(1, 4), pick(":main", ":main, :audit", ":\"rocketchat-logs\""))),
        (10, "E5", "", lambda: "[INFO ][logstash.inputs.beats    ][%s] Starting input listener {:address=>\"0.0.0.0:5044\"}" % pipeline()),
        (8, "E6", "", lambda: "[INFO ][org.logstash.beats.Server][%s][%s] Starting server on port: 5044" % (pipeline(), hexs(64))),
        (6, "E7", "", lambda: "[INFO ][logstash.runner          ] Starting Logstash {\"logstash.version\"=>\"%s\", \"jruby.version\"=>\"jruby 9.4.5.0 (3.1.4) 2023-11-02 1abae2700f OpenJDK 64-Bit Server VM 17.0.11+9 on 17.0.11+9 +indy +jit [x86_64-linux]\"}" % pick("8.13.4", "8.14.1")),
        (5, "E8", "", lambda: "[WARN ][logstash.runner          ] SIGTERM received. Shutting down."),
        (4, "E9", "", lambda: "[INFO ][logstash.javapipeline    ][%s] Pipeline terminated {\"pipeline.id\"=>\"%s\"}" % ((pipeline(),) * 2)),
    ]


@held_out_7("Gitea")
def gitea():
    def user():
        return pick("alice", "bob", "ci-bot", "renovate", "carol")
    def repo():
        return pick("infra/ansible", "rocketchat/apps", "alice/dotfiles", "ops/runbooks")
    return [
        (22, "E1", "", lambda: "router: completed %s %s for %s:%s, %d %s in %.1fms @ %s" % (pick("GET", "POST"), pick("/api/v1/repos/%s/pulls" % repo(), "/%s/src/branch/main" % repo(), "/user/login", "/api/actions/runner.v1.RunnerService/FetchTask"), ip(), port(), pick(200, 302, 404), pick("OK", "Found", "Not Found"), R.uniform(0.1, 900), pick("repo/view.go:%d(repo.Home)" % R.randint(100, 900), "auth/auth.go:%d(auth.SignInPost)" % R.randint(100, 900), "web/goget.go:%d(web.goGet)" % R.randint(10, 90)))),
        (14, "E2", "", lambda: "Failed authentication attempt for %s from %s:%s: %s" % (user(), ip(), port(), pick("user does not exist [uid: 0, name: %s]" % user(), "invalid password", "user is not active"))),
        (12, "E3", "", lambda: "Repository %s/%s: pushed %d commits to %s by %s" % (pick("infra", "ops", "alice"), pick("ansible", "runbooks", "dotfiles"), R.randint(1, 12), pick("main", "develop", "feature/%s" % hexs(6)), user())),
        (10, "E4", "", lambda: "Run cron: %s" % pick("update_mirrors", "repo_health_check", "archive_cleanup", "sync_external_users", "delete_old_actions")),
        (10, "E5", "", lambda: "Finished cron: %s" % pick("update_mirrors", "repo_health_check", "archive_cleanup", "sync_external_users", "delete_old_actions")),
        (8, "E6", "", lambda: "Unable to get git repo for %s: repository does not exist [id: %d, uid: %d, owner_name: %s, name: %s]" % (repo(), R.randint(1, 900), R.randint(1, 90), pick("infra", "ops"), pick("old-repo", "scratch"))),
        (6, "E7", "", lambda: "Mirror %s: failed to update mirror repository: %s" % (repo(), pick("exit status 128 - fatal: could not read Username for 'https://github.com': terminal prompts disabled", "context deadline exceeded"))),
        (5, "E8", "", lambda: "Listen: http://0.0.0.0:3000"),
        (4, "E9", "", lambda: "Starting new Web server: tcp:0.0.0.0:3000 on PID: %d" % R.randint(1, 90)),
        (3, "E10", "", lambda: "AppPath: /usr/local/bin/gitea"),
    ]


@held_out_7("Unbound")
def unbound():
    def name():
        return pick("open.rocket.chat.", "example.org.", "api.github.com.", "bad-domain.test.", "ntp.ubuntu.com.")
    return [
        (24, "E1", "", lambda: "[%d:%d] info: %s %s %s IN" % (R.randint(300, 9000), R.randint(0, 3), ip(), name(), pick("A", "AAAA", "MX", "TXT", "HTTPS"))),
        (14, "E2", "", lambda: "[%d:%d] info: resolving %s %s IN" % (R.randint(300, 9000), R.randint(0, 3), name(), pick("A", "AAAA", "NS", "DS"))),
        (12, "E3", "", lambda: "[%d:%d] info: validation failure <%s %s IN>: %s from %s for %s %s IN" % (R.randint(300, 9000), R.randint(0, 3), name(), pick("A", "AAAA"), pick("no signatures", "signature expired", "key for validation %s is marked as invalid" % name()), ip(), name(), pick("DNSKEY", "DS"))),
        (10, "E4", "", lambda: "[%d:%d] error: SERVFAIL <%s %s IN>: all servers for this domain failed, at zone %s" % (R.randint(300, 9000), R.randint(0, 3), name(), pick("A", "AAAA"), name())),
        (10, "E5", "", lambda: "[%d:%d] info: server stats for thread %d: %d queries, %d answers from cache, %d recursions, %d prefetch, %d rejected by ip ratelimiting" % (R.randint(300, 9000), R.randint(0, 3), R.randint(0, 3), R.randint(0, 9999), R.randint(0, 9999), R.randint(0, 999), R.randint(0, 99), R.randint(0, 9))),
        (8, "E6", "", lambda: "[%d:%d] notice: sendto failed: Network is unreachable" % (R.randint(300, 9000), R.randint(0, 3))),
        (6, "E7", "", lambda: "[%d:%d] info: generate keytag query _ta-4f66. NULL IN" % (R.randint(300, 9000), R.randint(0, 3))),
        (5, "E8", "", lambda: "[%d:%d] notice: init module %d: %s" % (R.randint(300, 9000), R.randint(0, 3), R.randint(0, 2), pick("subnetcache", "validator", "iterator"))),
        (4, "E9", "", lambda: "[%d:%d] info: start of service (unbound %s)." % (R.randint(300, 9000), R.randint(0, 3), pick("1.17.1", "1.19.0"))),
        (3, "E10", "", lambda: "[%d:%d] info: service stopped (unbound %s)." % (R.randint(300, 9000), R.randint(0, 3), pick("1.17.1", "1.19.0"))),
    ]


@held_out_7("Smartd")
def smartd():
    def dev():
        return pick("/dev/sda", "/dev/sdb", "/dev/nvme0", "/dev/sdc")
    def d():
        return "Device: %s [SAT], " % dev()
    return [
        (22, "E1", "", lambda: "%sSMART Usage Attribute: %d %s changed from %d to %d" % (d(), pick(190, 194, 195, 9), pick("Airflow_Temperature_Cel", "Temperature_Celsius", "Hardware_ECC_Recovered", "Power_On_Hours"), R.randint(20, 200), R.randint(20, 200))),
        (14, "E2", "", lambda: "%sSMART Prefailure Attribute: %d %s changed from %d to %d" % (d(), pick(1, 3, 7), pick("Raw_Read_Error_Rate", "Spin_Up_Time", "Seek_Error_Rate"), R.randint(50, 200), R.randint(50, 200))),
        (12, "E3", "", lambda: "%s%d Currently unreadable (pending) sectors" % (d(), R.randint(1, 90))),
        (10, "E4", "", lambda: "%s%d Offline uncorrectable sectors" % (d(), R.randint(1, 90))),
        (8, "E5", "", lambda: "Device: %s, state written to /var/lib/smartmontools/smartd.%s.state" % (dev(), pick("WDC_WD40EFRX-68N32N0-WD_WCC7K1234567.ata", "Samsung_SSD_970_EVO_Plus_1TB-S4EWNX0R123456.nvme"))),
        (8, "E6", "", lambda: "%sstarting scheduled Short Self-Test." % d()),
        (6, "E7", "", lambda: "%sstarting scheduled Long Self-Test." % d()),
        (5, "E8", "", lambda: "%sSelf-Test Log error count increased from %d to %d" % (d(), R.randint(0, 5), R.randint(1, 9))),
        (4, "E9", "", lambda: "Monitoring %d ATA/SATA, %d SCSI/SAS and %d NVMe devices" % (R.randint(0, 8), R.randint(0, 4), R.randint(0, 4))),
        (3, "E10", "", lambda: "smartd has fork()ed into background mode. New PID=%d." % R.randint(300, 9000)),
    ]


def main():
    out = sys.stdout
    styles = HELD_OUT_7 if "--held-out-7" in sys.argv else HELD_OUT_6 if "--held-out-6" in sys.argv else HELD_OUT_4 if "--held-out-4" in sys.argv else HELD_OUT_3 if "--held-out-3" in sys.argv else HELD_OUT_2 if "--held-out-2" in sys.argv else HELD_OUT if "--held-out" in sys.argv else STYLES
    out.write("style\tevent\tsource\tmessage\n")
    for name in styles:
        events = styles[name]()
        total = sum(w for w, *_ in events)
        # Every event occurs at least once; the rest is drawn by weight.
        rows = [(eid, src, f) for (_, eid, src, f) in events]
        while len(rows) < LINES_PER_STYLE:
            x = R.uniform(0, total)
            for w, eid, src, f in events:
                x -= w
                if x <= 0:
                    rows.append((eid, src, f))
                    break
        R.shuffle(rows)
        for eid, src, f in rows:
            msg = f()
            assert "\t" not in msg and "\n" not in msg
            out.write("%s\t%s-%s\t%s\t%s\n" % (name, name, eid, src or "synthetic (%s format)" % name, msg))


main()
