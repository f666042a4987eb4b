#!/usr/bin/env python3
"""Writes labelled-logs-heldout9.tsv: a blind held-out set for log-template grouping accuracy (GA).

Usage: python3 generate_heldout9.py > labelled-logs-heldout9.tsv   (stdlib only, fixed seed)

Twelve kinds of systems that no earlier set uses: Memcached (verbose mode), MinIO (server console),
ClickHouse (server log), Hive (HiveServer2), YARN (ResourceManager / NodeManager), Storm (worker and
supervisor), Mesos (master and agent glog), Kamailio (core, modules and xlog script lines),
FreeSWITCH (console log), ProFTPD (syslog), WordPress (PHP error log) and Cyrus IMAP (syslog).
The set was written without looking at the miner and was never scored while it was written.

Columns: style, event (true template id), source, message.
- message is what a log-parser benchmark sees: the part after the header (timestamp, level, pid,
  thread, logger/source file, syslog host and program), as the Loghub "Content" column.
- Each event is written below as the template an annotator would write, with <*> for every value the
  logging statement fills in (words included: states, protocols, SASL mechanisms, SIP methods, API
  names, audit operations, PHP function names, multi-word reasons and error strings); the
  statement's fixed words are constants even when they hold digits (Code: 60, Code: 241,
  [Error 10001], [Error 10004], core/tcp_main.c:1511, Connection reset by peer (104), 'PHYSICAL').
  Text that the statement fills in stays a variable even when it looks fixed: the SASL error of a
  Cyrus badlogin ("SASL(-13): authentication failure: checkpass failed"), the HTTP status line of a
  PHP stream failure ("HTTP/1.1 404 Not Found"), the YARN audit OPERATION ("Start Container
  Request"), the Hive "return code <*> from <*>" task class, the FreeSWITCH SIP method, the signal
  number in "ProFTPD killed (signal <*>)".
- Distinct exception/error texts (ClickHouse Code 60/241/210, Hive Error 10001/10004, PHP warnings)
  are separate events, as annotators label them: each comes from its own throw/raise statement.
- Messages whose fixed words differ are different events (Preparing/Prepared bolt, Opening/Opened
  spout, Pre-Answer/Ring-Ready, the ProFTPD "Login failed" reasons, the three ProFTPD timeouts,
  LRU crawler Starting/Stopping).
- Counts per event are fixed (skewed: a few frequent events, a tail of rare ones with 1-3 lines);
  lines are shuffled within each style; values are drawn from a fixed-seed generator.
- The generator fails if one message text would get two labels, if a filled message does not match
  its own template, or if it matches another template of its style (regex with <*> = any text), apart
  from the template pairs listed in REGEX_OVERLAP_OK whose real values can never be confused.
"""
import random
import re
import sys

R = random.Random(20261127 + 9)


# ----------------------------------------------------------------------------------------------
# value generators
def pick(*xs):
    return R.choice(xs)


def ip():
    return "%d.%d.%d.%d" % (R.choice([10, 172, 192, 100]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def port():
    return str(R.randint(1024, 65535))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def uuid():
    return "%s-%s-%s-%s-%s" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def user():
    return pick("alice", "bob", "jdoe", "m.keller", "svc_backup", "admin", "root", "kwright", "lchen", "p.novak", "ftpuser", "www-data", "hdfs", "etl", "analyst3")


def host():
    return pick("web-01", "web-02", "db-03.internal", "node17.dc2.example.com", "mx.example.org", "client-22.corp.local", "ws-114", "build-agent-5", "10-0-4-12.pool.example.net")


def dur_s():
    return "%.3f" % R.uniform(0.001, 40)


def size_unit():
    unit = pick("KiB", "MiB", "MiB", "GiB", "B")
    v = R.uniform(1, 30) if unit == "GiB" else R.uniform(1, 1000)
    return ("%d %s" % (v, unit)) if unit == "B" else ("%.2f %s" % (v, unit))


def words(n1, n2, pool):
    return " ".join(R.choice(pool) for _ in range(R.randint(n1, n2)))


# ----------------------------------------------------------------------------------------------
# Memcached: "memcached -vv" output (no header; the whole line is the message).
def memcached():
    fd = lambda: str(R.randint(20, 2100))
    def slab():
        # printf("slab class %3d: chunk size %9u perslab %7u\n")
        return ("%3d" % R.randint(1, 42), "%9d" % R.choice([96, 120, 152, 192, 240, 304, 384, 480, 600, 752, 944, 1184, 1480, 1856, 2320, 524288]), "%7d" % R.randint(1, 10922))
    return [
        (30, "E1", "<<*> new auto-negotiating client connection", lambda: [fd()]),
        (26, "E2", "<<*> connection closed.", lambda: [fd()]),
        (20, "E3", "<*>: Client using the <*> protocol", lambda: [fd(), pick("ascii", "ascii", "binary")]),
        (14, "E4", "slab class <*>: chunk size <*> perslab <*>", slab),
        (12, "E5", "<<*> Read binary protocol data:", lambda: [fd()]),
        (11, "E6", "><*> Writing bin response:", lambda: [fd()]),
        (7, "E7", "<<*> server listening (<*>)", lambda: [fd(), pick("auto-negotiate", "udp", "ascii", "binary")]),
        (5, "E8", "Failed to write, and not due to blocking: <*>", lambda: [pick("Broken pipe", "Connection reset by peer", "Connection timed out")]),
        (4, "E9", "accept4(): <*>", lambda: [pick("Too many open files", "Resource temporarily unavailable")]),
        (3, "E10", "Too many open connections", lambda: []),
        (2, "E11", "Starting LRU crawler thread", lambda: []),
        (2, "E12", "Stopping LRU crawler thread", lambda: []),
        (1, "E13", "failed to listen on TCP port <*>: <*>", lambda: [pick("11211", "11212"), pick("Address already in use", "Permission denied")]),
        (2, "E14", "Warning: Failed to set large pages: <*>", lambda: [pick("Operation not supported", "Cannot allocate memory")]),
    ]


# ----------------------------------------------------------------------------------------------
# MinIO: server console; the multi-line error block is logged line by line.
def minio():
    buckets = ["photos", "backups", "logs-2024", "ml-datasets", "tenant-a", "velero", "loki-chunks"]
    obj = lambda: pick("2024/06/%02d/IMG_%04d.jpg" % (R.randint(1, 30), R.randint(1, 9999)), "fake/%s/%s" % (hexs(8), hexs(6)), "index.html", "dump-%d.tar.gz" % R.randint(100, 999), "chunks/%s" % hexs(16))
    agents = ["MinIO (linux; amd64) minio-go/v7.0.63", "aws-sdk-java/1.12.529 Linux/5.15.0-91-generic OpenJDK_64-Bit_Server_VM/17.0.9+9", "rclone/v1.65.0", "Boto3/1.34.11 md/Botocore#1.34.11 ua/2.0 os/linux#6.1.0 lang/python#3.11.6", "velero/v1.12.2 (linux/amd64)"]
    node = lambda: "http://minio-%d.minio.svc:9000/export%d" % (R.randint(1, 8), R.randint(1, 4))
    return [
        (20, "E1", "API: <*>(bucket=<*>, object=<*>)", lambda: [pick("PutObject", "GetObject", "HeadObject", "DeleteObject", "CopyObject", "PutObjectPart"), R.choice(buckets), obj()]),
        (8, "E2", "API: <*>(bucket=<*>)", lambda: [pick("ListObjectsV2", "GetBucketLocation", "HeadBucket", "ListObjectVersions"), R.choice(buckets)]),
        (17, "E3", "RemoteHost: <*>", lambda: [ip()]),
        (17, "E4", "RequestID: <*>", lambda: [hexs(16, True)]),
        (15, "E5", "UserAgent: <*>", lambda: [R.choice(agents)]),
        (13, "E6", "Time: <*>", lambda: ["%02d:%02d:%02d UTC %02d/%02d/2024" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(1, 12), R.randint(1, 28))]),
        (12, "E7", "DeploymentID: <*>", lambda: [uuid()]),
        (10, "E8", "Error: Storage resources are insufficient for the write operation <*>/<*> (cmd.InsufficientWriteQuorum)", lambda: [R.choice(buckets), obj()]),
        (8, "E9", "Error: Read failed. Insufficient number of drives online (cmd.InsufficientReadQuorum)", lambda: []),
        (7, "E10", "Marking <*> offline temporarily; caused by <*>", lambda: (lambda n: [n, "Post \"%s/minio/storage/v50/readall\": dial tcp %s:9000: connect: %s" % (n.rsplit("/", 1)[0], ip(), pick("connection refused", "no route to host", "i/o timeout"))])(node())),
        (5, "E11", "Client <*> reconnected", lambda: ["'%s'" % node()]),
        (4, "E12", "All MinIO sub-systems initialized successfully in <*>", lambda: ["%.1fms" % R.uniform(3, 900)]),
        (2, "E13", "Waiting for all MinIO sub-systems to be initialized.. lock acquired", lambda: []),
        (2, "E14", "Status: <*> Online, <*> Offline.", lambda: [str(R.choice([4, 8, 16])), str(R.randint(0, 2))]),
        (1, "E15", "Waiting for a minimum of <*> drives to come online (elapsed <*>)", lambda: [str(R.choice([2, 4, 8])), "%ds" % R.randint(2, 90)]),
    ]


# ----------------------------------------------------------------------------------------------
# ClickHouse server log: message after "<Level> Logger: ".
def clickhouse():
    tables = ["default.events", "analytics.page_views", "logs.http_requests", "system.query_log", "metrics.cpu_1m", "default.users"]
    def query():
        t = R.choice(tables)
        return pick("SELECT count() FROM %s" % t,
                    "SELECT toStartOfHour(ts) AS h, count() FROM %s WHERE ts > now() - INTERVAL %d HOUR GROUP BY h ORDER BY h" % (t, R.randint(1, 48)),
                    "INSERT INTO %s FORMAT RowBinary" % t,
                    "SELECT * FROM %s LIMIT %d" % (t, R.choice([10, 100, 1000])),
                    "SELECT version()")
    part = lambda: "%s_%d_%d_%d" % (pick("all", "202406", "202405"), R.randint(1, 900), R.randint(900, 1800), R.randint(0, 4))
    ver = lambda: pick("23.8.9.54", "24.3.2.23", "24.5.1.1763")
    def rows_read():
        sec = R.uniform(0.0005, 9)
        rows = R.randint(1, 50000000)
        return [str(rows), size_unit(), "%.6f" % sec, "%.2f" % (rows / sec), size_unit()]
    return [
        (24, "E1", "(from <*>) <*> (stage: Complete)", lambda: ["%s:%s" % (ip(), port()), query()]),
        (20, "E2", "Read <*> rows, <*> in <*> sec., <*> rows/sec., <*>/sec.", rows_read),
        (15, "E3", "Peak memory usage (for query): <*>.", lambda: [size_unit()]),
        (12, "E4", "Processed in <*> sec.", lambda: ["%.6f" % R.uniform(0.0005, 9)]),
        (10, "E5", "Selected <*> parts from <*> to <*>", lambda: [str(R.randint(2, 10)), part(), part()]),
        (9, "E6", "Merged <*> parts: [<*>, <*>] -> <*>", lambda: [str(R.randint(2, 10)), part(), part(), part()]),
        (8, "E7", "Trying to reserve <*> using storage policy from min volume index <*>", lambda: [size_unit(), "0"]),
        (8, "E8", "Renaming temporary part <*> to <*> with tid <*>.", lambda: ["tmp_insert_" + part(), part(), "(1, 1, 00000000-0000-0000-0000-000000000000)"]),
        (7, "E9", "Removing <*> parts from filesystem (serially): Parts: [<*>]", lambda: (lambda ps: [str(len(ps)), ", ".join(ps)])([part() for _ in range(R.randint(1, 6))])),
        (6, "E10", "Code: 60. DB::Exception: Table <*> does not exist. (UNKNOWN_TABLE) (version <*> (official build)) (from <*>) (in query: <*>)", lambda: (lambda t: [t, ver(), "%s:%s" % (ip(), port()), "SELECT * FROM %s" % t])(pick("default.evnets", "analytics.sessions_v2", "tmp.import_0612"))),
        (4, "E11", "Code: 241. DB::Exception: Memory limit (total) exceeded: would use <*> (attempt to allocate chunk of <*> bytes), maximum: <*>. (MEMORY_LIMIT_EXCEEDED) (version <*> (official build))", lambda: ["%.2f GiB" % R.uniform(28, 31), str(R.randint(4096, 134217728)), "28.80 GiB", ver()]),
        (3, "E12", "Reserved <*> on local disk `default`, having unreserved <*>.", lambda: [size_unit(), size_unit()]),
        (2, "E13", "Done processing connection.", lambda: []),
        (1, "E14", "Code: 210. DB::NetException: Connection refused (<*>). (NETWORK_ERROR) (version <*> (official build))", lambda: ["%s:9000" % pick("ch-replica-2", "ch-shard1-1.internal"), ver()]),
    ]


# ----------------------------------------------------------------------------------------------
# Hive: HiveServer2 log, message after "INFO  [thread] ql.Driver: ".
def hive():
    qid = lambda: "hive_2024%02d%02d%02d%02d%02d_%s" % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), uuid())
    tables = ["sales.orders", "default.web_logs", "dw.dim_customer", "staging.events_raw", "dw.fact_sessions"]
    def sql():
        t = R.choice(tables)
        return pick("select count(*) from %s" % t,
                    "INSERT OVERWRITE TABLE %s PARTITION (dt='2024-06-%02d') SELECT * FROM staging.tmp_%d" % (t, R.randint(1, 28), R.randint(1, 99)),
                    "show partitions %s" % t,
                    "select region, sum(amount) from %s where dt >= '2024-05-01' group by region" % t)
    return [
        (18, "E1", "Compiling command(queryId=<*>): <*>", lambda: [qid(), sql()]),
        (17, "E2", "Completed compiling command(queryId=<*>); Time taken: <*> seconds", lambda: [qid(), dur_s()]),
        (17, "E3", "Executing command(queryId=<*>): <*>", lambda: [qid(), sql()]),
        (16, "E4", "Completed executing command(queryId=<*>); Time taken: <*> seconds", lambda: [qid(), dur_s()]),
        (10, "E5", "Starting task [<*>:<*>] in serial mode", lambda: ["Stage-%d" % R.randint(0, 9), pick("MAPRED", "DDL", "MOVE", "STATS", "DEPENDENCY_COLLECTION")]),
        (7, "E6", "Launching Job <*> out of <*>", lambda: [str(R.randint(1, 3)), str(R.randint(3, 5))]),
        (6, "E7", "Status: Running (Executing on YARN cluster with App id <*>)", lambda: ["application_17180%08d_%04d" % (R.randint(0, 99999999), R.randint(1, 9999))]),
        (6, "E8", "Loading data to table <*> partition (<*>)", lambda: [R.choice(tables), pick("dt=2024-06-%02d" % R.randint(1, 28), "dt=2024-06-%02d, hr=%02d" % (R.randint(1, 28), R.randint(0, 23)))]),
        (5, "E9", "Moving data to directory <*> from <*>", lambda: (lambda d: [d, d + "/.hive-staging_hive_%s/-ext-10000" % hexs(8)])("hdfs://nameservice1/warehouse/tablespace/managed/hive/%s.db/t%d" % (pick("sales", "dw", "staging"), R.randint(1, 40)))),
        (5, "E10", "Table <*> stats: [numFiles=<*>, numRows=<*>, totalSize=<*>, rawDataSize=<*>]", lambda: [R.choice(tables), str(R.randint(1, 400)), str(R.randint(0, 10 ** 8)), str(R.randint(0, 10 ** 10)), str(R.randint(0, 10 ** 10))]),
        (4, "E11", "FAILED: SemanticException [Error 10001]: Line <*>:<*> Table not found '<*>'", lambda: [str(R.randint(1, 9)), str(R.randint(5, 80)), pick("orders_v2", "web_log", "dim_cust")]),
        (3, "E12", "FAILED: SemanticException [Error 10004]: Line <*>:<*> Invalid table alias or column reference '<*>': (possible column names are: <*>)", lambda: [str(R.randint(1, 9)), str(R.randint(5, 80)), pick("amt", "regoin", "user_id"), ", ".join(R.sample(["id", "region", "amount", "dt", "customer_id", "created_at", "status"], R.randint(2, 6)))]),
        (3, "E13", "FAILED: Execution Error, return code <*> from <*>", lambda: [pick("1", "2", "2"), pick("org.apache.hadoop.hive.ql.exec.tez.TezTask", "org.apache.hadoop.hive.ql.exec.DDLTask", "org.apache.hadoop.hive.ql.exec.MoveTask")]),
        (1, "E14", "Opening new Tez Session (id: <*>, scratch dir: <*>)", lambda: (lambda u: [u, "hdfs://nameservice1/tmp/hive/hive/_tez_session_dir/%s" % u])(uuid())),
    ]


# ----------------------------------------------------------------------------------------------
# YARN: ResourceManager and NodeManager log, message after "INFO  class (thread): ".
def yarn():
    ts = 1718000000000 + R.randint(0, 999999)
    app = lambda: "%d_%04d" % (ts, R.randint(1, 120))
    cid = lambda: "container_e%02d_%s_%02d_%06d" % (R.randint(1, 9), app(), R.randint(1, 2), R.randint(1, 300))
    attempt = lambda: "appattempt_%s_%06d" % (app(), R.randint(1, 2))
    nm = lambda: "nm%02d.hadoop.example.com:%d" % (R.randint(1, 40), pick(8041, 45454))
    res = lambda: ["%d" % (1024 * R.randint(1, 16)), str(R.randint(1, 8))]
    trans = [("NEW", "LOCALIZING"), ("LOCALIZING", "SCHEDULED"), ("SCHEDULED", "RUNNING"), ("RUNNING", "EXITED_WITH_SUCCESS"), ("EXITED_WITH_SUCCESS", "DONE"), ("RUNNING", "KILLING"), ("ALLOCATED", "ACQUIRED"), ("ACQUIRED", "RUNNING"), ("RUNNING", "COMPLETED")]
    att = [("NEW", "SUBMITTED", "START"), ("SUBMITTED", "SCHEDULED", "ATTEMPT_ADDED"), ("SCHEDULED", "ALLOCATED_SAVING", "CONTAINER_ALLOCATED"), ("ALLOCATED_SAVING", "ALLOCATED", "ATTEMPT_NEW_SAVED"), ("ALLOCATED", "LAUNCHED", "LAUNCHED"), ("LAUNCHED", "RUNNING", "REGISTERED"), ("RUNNING", "FINAL_SAVING", "UNREGISTERED"), ("FINAL_SAVING", "FINISHING", "ATTEMPT_UPDATE_SAVED")]
    mem = lambda: pick("%.1f MB" % R.uniform(40, 1000), "%.1f GB" % R.uniform(1, 3))
    return [
        (26, "E1", "Container <*> transitioned from <*> to <*>", lambda: [cid()] + list(R.choice(trans))),
        (14, "E2", "<*> State change from <*> to <*> on event = <*>", lambda: [attempt()] + list(R.choice(att))),
        (12, "E3", "Assigned container <*> of capacity <memory:<*>, vCores:<*>> on host <*>, which has <*> containers, <memory:<*>, vCores:<*>> used and <memory:<*>, vCores:<*>> available after allocation", lambda: [cid()] + res() + [nm(), str(R.randint(1, 30))] + res() + res()),
        (9, "E4", "Released container <*> of capacity <memory:<*>, vCores:<*>> on host <*>, which currently has <*> containers, <memory:<*>, vCores:<*>> used and <memory:<*>, vCores:<*>> available, release resources=true", lambda: [cid()] + res() + [nm(), str(R.randint(0, 30))] + res() + res()),
        (9, "E5", "Memory usage of ProcessTree <*> for container-id <*>: <*> of <*> physical memory used; <*> of <*> virtual memory used", lambda: [str(R.randint(1000, 60000)), cid(), mem(), pick("1 GB", "2 GB", "4 GB", "8 GB"), mem(), pick("2.1 GB", "4.2 GB", "8.4 GB", "16.8 GB")]),
        (8, "E6", "Start request for <*> by user <*>", lambda: [cid(), pick("hive", "spark", "etl", "analyst3", "hdfs")]),
        (7, "E7", "Stopping container with container Id: <*>", lambda: [cid()]),
        (7, "E8", "USER=<*> IP=<*> OPERATION=<*> TARGET=<*> RESULT=SUCCESS APPID=<*> CONTAINERID=<*>", lambda: [pick("hive", "spark", "etl"), ip(), pick("Start Container Request", "Stop Container Request", "Container Finished - Succeeded", "Container Finished - Killed"), pick("ContainerManageImpl", "ContainerImpl"), "application_" + app(), cid()]),
        (5, "E9", "Removed completed containers from NM context: [<*>]", lambda: [", ".join(cid() for _ in range(R.randint(1, 5)))]),
        (2, "E10", "Container [pid=<*>,containerID=<*>] is running <*> beyond the 'PHYSICAL' memory limit. Current usage: <*> of <*> physical memory used; <*> of <*> virtual memory used. Killing container.", lambda: [str(R.randint(1000, 60000)), cid(), "%dB" % R.randint(1000000, 900000000), "2.1 GB", "2 GB", "3.9 GB", "4.2 GB"]),
        (2, "E11", "Node <*> reported UNHEALTHY with details: <*>", lambda: [nm(), pick("1/1 local-dirs usable space is below configured utilization percentage/no more usable space [ /data/yarn/local : used space above threshold of 90.0% ]", "ERROR health check script timed out")]),
        (1, "E12", "Registered with ResourceManager as <*> with total resource of <memory:<*>, vCores:<*>>", lambda: [nm(), "%d" % (1024 * R.choice([64, 128, 256])), str(R.choice([16, 32, 48]))]),
    ]


# ----------------------------------------------------------------------------------------------
# Storm: worker / supervisor log, message after "[INFO] " / "o.a.s.d.executor [INFO] ".
def storm():
    comps = ["kafka-spout", "split", "count", "enrich-bolt", "hbase-writer", "__acker", "filter"]
    topo = lambda: "%s-%d-%d" % (pick("wordcount", "clickstream", "fraud-detect"), R.randint(1, 9), 1718000000 + R.randint(0, 99999))
    wordsl = ["the", "quick", "order", "7731", "null", "click", "US", "mobile", "42.5"]
    tup = lambda: ", ".join(R.choice(wordsl) for _ in range(R.randint(1, 4)))
    task = lambda: "(%d)" % R.randint(1, 40) if R.random() < 0.7 else "(%d %d)" % (R.randint(1, 20), R.randint(21, 40))
    return [
        (22, "E1", "Emitting: <*> <*> [<*>]", lambda: [R.choice(comps), pick("default", "default", "__ack_ack", "errors"), tup()]),
        (18, "E2", "Processing received message FOR <*> TUPLE: source: <*>:<*>, stream: <*>, id: {}, [<*>]", lambda: [str(R.randint(1, 40)), R.choice(comps), str(R.randint(1, 40)), pick("default", "__tick"), tup()]),
        (12, "E3", "BOLT ack TASK: <*> TIME: <*> TUPLE: source: <*>:<*>, stream: <*>, id: {}, [<*>]", lambda: [str(R.randint(1, 40)), pick("", str(R.randint(0, 30))), R.choice(comps), str(R.randint(1, 40)), "default", tup()]),
        (8, "E4", "Preparing bolt <*>:<*>", lambda: [R.choice(comps), task()]),
        (8, "E5", "Prepared bolt <*>:<*>", lambda: [R.choice(comps), task()]),
        (5, "E6", "Opening spout <*>:<*>", lambda: [pick("kafka-spout", "sentence-spout"), task()]),
        (5, "E7", "Opened spout <*>:<*>", lambda: [pick("kafka-spout", "sentence-spout"), task()]),
        (4, "E8", "Activating spout <*>:<*>", lambda: [pick("kafka-spout", "sentence-spout"), task()]),
        (5, "E9", "Launching worker for <*> on <*>:<*> with id <*>", lambda: [topo(), uuid(), str(R.choice([6700, 6701, 6702, 6703])), uuid()]),
        (4, "E10", "Worker <*> for storm <*> on <*>:<*> has finished loading", lambda: [uuid(), topo(), uuid(), str(R.choice([6700, 6701, 6702, 6703]))]),
        (3, "E11", "Shutting down worker <*> <*> <*>", lambda: [topo(), uuid(), str(R.choice([6700, 6701, 6702, 6703]))]),
        (4, "E12", "Reconnect started for Netty-Client-<*>/<*>:<*>... [<*>]", lambda: [pick("storm-sup-1", "storm-sup-2.example.com", "worker-07"), ip(), str(R.choice([6700, 6701, 6702, 6703])), str(R.randint(0, 30))]),
        (1, "E13", "Async loop died!", lambda: []),
    ]


# ----------------------------------------------------------------------------------------------
# Mesos: master and agent glog, message after "I0612 10:00:00.123456  1234 master.cpp:4567] ".
def mesos():
    fw = lambda: "20240612-%d-5050-%d-%04d" % (R.randint(10 ** 8, 10 ** 9), R.randint(1000, 9999), R.randint(0, 12))
    fwname = lambda: pick("marathon", "chronos", "Spark Pi", "jenkins")
    agent = lambda: "%s-S%d" % (uuid(), R.randint(0, 30))
    slave = lambda: "slave(1)@%s:5051" % ip()
    hostn = lambda: "mesos-agent-%02d" % R.randint(1, 30)
    task = lambda: pick("web.%s" % uuid(), "ct:17180%d:0:etl-nightly:" % R.randint(10000, 99999), "driver-2024%d" % R.randint(10000, 99999), "jenkins-slave-%s" % hexs(8))
    resources = lambda: "cpus(allocated: *):%s; mem(allocated: *):%d; ports(allocated: *):[%d-%d]" % (lambda p: (pick("0.1", "0.5", "1", "2"), R.choice([128, 256, 1024, 4096]), p, p + R.choice([0, 0, 1])))(R.randint(31000, 31998))
    offers = lambda: " ".join("%s-O%d" % (uuid(), R.randint(1, 9999)) for _ in range(R.randint(1, 3)))
    sched = lambda: "scheduler-%s@%s:%s" % (uuid(), ip(), port())
    return [
        (20, "E1", "Status update <*> (Status UUID: <*>) for task <*> of framework <*> from agent <*> at <*> (<*>)", lambda: [pick("TASK_RUNNING", "TASK_RUNNING", "TASK_FINISHED", "TASK_FAILED", "TASK_KILLED", "TASK_STARTING"), uuid(), task(), fw(), agent(), slave(), hostn()]),
        (15, "E2", "Sending <*> offers to framework <*> (<*>) at <*>", lambda: [str(R.randint(1, 12)), fw(), fwname(), sched()]),
        (12, "E3", "Processing ACCEPT call for offers: [ <*> ] on agent <*> at <*> (<*>) for framework <*> (<*>) at <*>", lambda: [offers(), agent(), slave(), hostn(), fw(), fwname(), sched()]),
        (12, "E4", "Launching task <*> of framework <*> with resources <*> on agent <*> at <*> (<*>)", lambda: [task(), fw(), resources(), agent(), slave(), hostn()]),
        (10, "E5", "Removing task <*> with resources <*> of framework <*> on agent <*> at <*> (<*>)", lambda: [task(), resources(), fw(), agent(), slave(), hostn()]),
        (9, "E6", "Processing DECLINE call for offers: [ <*> ] for framework <*> (<*>) at <*>", lambda: [offers(), fw(), fwname(), sched()]),
        (8, "E7", "Forwarding the update <*> (Status UUID: <*>) for task <*> of framework <*> to master@<*>", lambda: [pick("TASK_RUNNING", "TASK_FINISHED", "TASK_FAILED"), uuid(), task(), fw(), "%s:5050" % ip()]),
        (6, "E8", "Got assigned task '<*>' for framework <*>", lambda: [task(), fw()]),
        (5, "E9", "Performing implicit task state reconciliation for framework <*> (<*>) at <*>", lambda: [fw(), fwname(), sched()]),
        (3, "E10", "Agent <*> at <*> (<*>) disconnected", lambda: [agent(), slave(), hostn()]),
        (2, "E11", "Received register agent message from <*> (<*>)", lambda: [slave(), hostn()]),
        (1, "E12", "Framework <*> (<*>) at <*> failed over", lambda: [fw(), fwname(), sched()]),
        (2, "E13", "Authorizing framework principal '<*>' to receive offers for roles '{ <*> }'", lambda: [pick("marathon", "spark-principal"), pick("*", "slave_public", "analytics, *")]),
    ]


# ----------------------------------------------------------------------------------------------
# Kamailio: syslog, message after "kamailio[1234]: ". Script lines come from xlog() calls.
def kamailio():
    dom = pick("sip.example.com", "voip.example.org")
    ext = lambda: "sip:%d@%s" % (R.randint(1000, 1999), dom)
    src = lambda: "%s:%d" % (ip(), R.choice([5060, 5060, 5061, R.randint(1024, 65535)]))
    callid = lambda: pick("%s@%s" % (hexs(24), ip()), "%s" % uuid(), "%d-%d@%s" % (R.randint(1, 99999), R.randint(1, 99999), ip()))
    return [
        (22, "E1", "INFO: <script>: REGISTER from <*> (<*>) expires=<*>", lambda: [ext(), src(), pick("3600", "600", "60", "0")]),
        (16, "E2", "INFO: <script>: INVITE from <*> to <*> call-id=<*>", lambda: [ext(), pick(ext(), "sip:+49%d@%s" % (R.randint(10 ** 9, 10 ** 10), dom)), callid()]),
        (10, "E3", "NOTICE: <script>: auth failed for <*> from <*>", lambda: [ext(), src()]),
        (9, "E4", "INFO: <script>: BYE received for call-id=<*> duration=<*>s", lambda: [callid(), str(R.randint(1, 3600))]),
        (8, "E5", "ERROR: <core> [core/tcp_main.c:1511]: tcp_read_data(): error reading: Connection reset by peer (104) ([<*>]:<*> -> [<*>]:<*>)", lambda: [ip(), port(), ip(), "5060"]),
        (6, "E6", "WARNING: registrar [save.c:418]: test_max_contacts(): too many contacts for AOR <*>", lambda: [ext()]),
        (5, "E7", "ERROR: <core> [core/resolve.c:1672]: sip_hostport2su(): could not resolve hostname: \"<*>\"", lambda: [pick("pbx2.example.internal", "sbc.carrier.example", "gw-old")]),
        (5, "E8", "ERROR: sl [sl_funcs.c:415]: sl_reply_error(): stateless error reply used: <*>", lambda: [pick("Error in R-URI", "Bad Request", "Malformed message")]),
        (4, "E9", "INFO: <script>: REGISTER from <*> (<*>) rejected: <*>", lambda: [ext(), src(), pick("unknown user", "too many contacts", "blocked IP")]),
        (3, "E10", "ERROR: <core> [core/msg_translator.c:2985]: build_req_buf_from_sip_req(): could not create Via header", lambda: []),
        (2, "E11", "INFO: <core> [main.c:2845]: main(): processes (at least): <*> - shm size: <*> - pkg size: <*>", lambda: [str(R.choice([22, 38, 54])), str(R.choice([67108864, 134217728])), str(R.choice([8388608, 16777216]))]),
        (1, "E12", "INFO: rr [../outbound/api.h:52]: rr_obt_init(): outbound module not available", lambda: []),
    ]


# ----------------------------------------------------------------------------------------------
# FreeSWITCH console log, message after "uuid 2024-06-12 10:00:00.123456 [NOTICE] switch_channel.c:1104 ".
def freeswitch():
    chan = lambda: "sofia/%s/%s" % (pick("internal", "internal", "external"), pick("%d@%s" % (R.randint(1000, 1999), ip()), "%d@sip.example.com" % R.randint(1000, 1999), "+4930%d" % R.randint(1000000, 9999999)))
    states = ["CS_EXECUTE", "CS_CONSUME_MEDIA", "CS_EXCHANGE_MEDIA", "CS_ROUTING", "CS_HANGUP", "CS_DESTROY", "CS_REPORTING"]
    causes = ["NORMAL_CLEARING", "NORMAL_CLEARING", "ORIGINATOR_CANCEL", "USER_BUSY", "NO_ANSWER", "CALL_REJECTED", "RECOVERY_ON_TIMER_EXPIRE"]
    num = lambda: str(R.randint(1000, 1999))
    return [
        (20, "E1", "New Channel <*> [<*>]", lambda: [chan(), uuid()]),
        (17, "E2", "Channel [<*>] has been answered", lambda: [chan()]),
        (17, "E3", "Hangup <*> [<*>] [<*>]", lambda: [chan(), R.choice(states), R.choice(causes)]),
        (12, "E4", "Close Channel <*> [<*>]", lambda: [chan(), R.choice(states)]),
        (9, "E5", "Ring-Ready <*>!", lambda: [chan()]),
        (9, "E6", "Pre-Answer <*>!", lambda: [chan()]),
        (8, "E7", "Channel <*> entering state [<*>][<*>]", lambda: [chan()] + list(R.choice([("calling", "0"), ("proceeding", "180"), ("early", "183"), ("completed", "200"), ("ready", "200"), ("terminated", "487")]))),
        (5, "E8", "<*> has executed the last dialplan instruction, hanging up.", lambda: [chan()]),
        (5, "E9", "Processing <*> <<*>>-><*> in context <*>", lambda: (lambda n: [n, n, pick(num(), "5000", "*98", "+493012345678"), pick("default", "public", "features")])(num())),
        (4, "E10", "SIP auth failure (<*>) on sofia profile '<*>' for [<*>@<*>] from ip <*>", lambda: [pick("REGISTER", "REGISTER", "INVITE"), pick("internal", "external"), num(), pick("sip.example.com", ip()), ip()]),
        (3, "E11", "Can't find user [<*>@<*>] from <*>", lambda: [pick("100", "admin", "9999", num()), pick("sip.example.com", ip()), ip()]),
        (2, "E12", "Originate Resulted in Error Cause: <*> [<*>]", lambda: list(R.choice([("17", "USER_BUSY"), ("19", "NO_ANSWER"), ("21", "CALL_REJECTED"), ("480", "NO_USER_RESPONSE")]))),
        (1, "E13", "Park Channel <*>", lambda: [chan()]),
    ]


# ----------------------------------------------------------------------------------------------
# ProFTPD syslog, message after "proftpd[1234]: host (client[1.2.3.4]) - ".
def proftpd():
    home = lambda: pick("/srv/ftp/%s" % user(), "/home/%s" % user(), "/var/www/vhosts/example.com")
    return [
        (25, "E1", "FTP session opened.", lambda: []),
        (23, "E2", "FTP session closed.", lambda: []),
        (20, "E3", "USER <*>: Login successful.", lambda: [user()]),
        (11, "E4", "USER <*> (Login failed): Incorrect password", lambda: [user()]),
        (7, "E5", "USER <*> (Login failed): No such user found", lambda: [pick("test", "oracle", "ubnt", "guest", "ftp1", "postgres")]),
        (2, "E6", "USER <*> (Login failed): Invalid shell: '<*>'", lambda: [pick("nobody", "svc_backup"), pick("/usr/sbin/nologin", "/bin/false")]),
        (9, "E7", "Preparing to chroot to directory '<*>'", lambda: [home()]),
        (5, "E8", "FTP login timed out, disconnected", lambda: []),
        (4, "E9", "FTP session idle timeout, disconnected", lambda: []),
        (3, "E10", "FTP no transfer timeout, disconnected", lambda: []),
        (4, "E11", "Maximum login attempts (<*>) exceeded, connection refused", lambda: [pick("3", "3", "5")]),
        (2, "E12", "ANON <*>: Login successful.", lambda: [pick("anonymous", "ftp")]),
        (3, "E13", "Refused PORT <*> (address mismatch)", lambda: [",".join([str(R.randint(1, 223)), str(R.randint(0, 255)), str(R.randint(0, 255)), str(R.randint(1, 254)), str(R.randint(0, 255)), str(R.randint(0, 255))])]),
        (2, "E14", "Passive data transfer failed, possibly due to network issues", lambda: []),
        (1, "E15", "SECURITY VIOLATION: Root login attempted", lambda: []),
        (1, "E16", "ProFTPD killed (signal <*>)", lambda: [pick("15", "2")]),
    ]


# ----------------------------------------------------------------------------------------------
# WordPress / PHP error log, message after "[12-Jun-2024 10:00:00 UTC] ".
# Labelling: each PHP/WordPress statement that produces the message text is one event (the level
# word "PHP Warning" etc. is fixed for that statement).
def wordpress():
    f = lambda: pick("/var/www/html/wp-content/plugins/%s/%s.php" % (pick("woocommerce", "contact-form-7", "elementor", "wp-super-cache", "acme-slider"), pick("includes/class-main", "admin/settings", "loader", "src/Widget")),
                     "/var/www/html/wp-content/themes/%s/functions.php" % pick("twentytwentyone", "astra", "flavor-child"),
                     "/var/www/html/wp-includes/%s.php" % pick("functions", "class-wp-hook", "post", "formatting"))
    line = lambda: str(R.randint(1, 4800))
    # _doing_it_wrong( $function, $message, $version ): function, message and version are filled in
    wrong = [("wpdb::prepare", "The query argument of <code>wpdb::prepare()</code> must have a placeholder.", "3.9.0"),
             ("WP_Scripts::localize", "The <code>$l10n</code> parameter must be an array. To pass arbitrary data to scripts, use the <code>wp_add_inline_script()</code> function instead.", "5.7.0"),
             ("register_rest_route", "The REST API route definition for <code>%s</code> is missing the required <code>permission_callback</code> argument. For REST API routes that are intended to be public, use <code>__return_true</code> as the permission callback.", "5.5.0"),
             ("wp_enqueue_script", "Scripts and styles should not be registered or enqueued until the <code>wp_enqueue_scripts</code>, <code>admin_enqueue_scripts</code>, or <code>login_enqueue_scripts</code> hooks. This notice was triggered by the <code>%s</code> handle.", "3.3.0")]
    def doing_wrong():
        fn, m, ver = R.choice(wrong)
        if "%s" in m:
            m = m % pick("acme/v1/items", "acme/v1/slides/(?P<id>\\d+)", "acme-slider-js", "flavor-fonts")
        return [fn, m, ver, "/var/www/html/wp-includes/functions.php", pick("6031", "6078", "6085")]
    return [
        (20, "E1", "PHP Warning:  Undefined array key \"<*>\" in <*> on line <*>", lambda: [pick("page", "action", "id", "HTTP_REFERER", "nonce", "tab"), f(), line()]),
        (15, "E2", "PHP Notice:  Function <*> was called <strong>incorrectly</strong>. <*> Please see <a href=\"https://developer.wordpress.org/advanced-administration/debug/debug-wordpress/\">Debugging in WordPress</a> for more information. (This message was added in version <*>.) in <*> on line <*>", doing_wrong),
        (12, "E3", "PHP Deprecated:  Creation of dynamic property <*>::$<*> is deprecated in <*> on line <*>", lambda: [pick("Acme_Slider_Admin", "Elementor\\Core\\Settings", "WPSC_Cache", "Flavor_Customizer"), pick("options", "plugin_name", "version", "settings_page"), f(), line()]),
        (10, "E4", "PHP Warning:  Undefined variable $<*> in <*> on line <*>", lambda: [pick("post", "output", "i", "args", "current_user"), f(), line()]),
        (8, "E5", "PHP Warning:  Attempt to read property \"<*>\" on <*> in <*> on line <*>", lambda: [pick("ID", "post_type", "term_id", "name"), pick("null", "null", "bool", "int"), f(), line()]),
        (8, "E6", "WordPress database error <*> for query <*> made by <*>", lambda: [pick("Table 'wp.wp_acme_slides' doesn't exist", "Deadlock found when trying to get lock; try restarting transaction", "MySQL server has gone away"), pick("SELECT * FROM wp_acme_slides WHERE active = 1", "UPDATE `wp_options` SET `option_value` = '%d' WHERE `option_name` = 'cron'" % R.randint(1, 99999), "SHOW FULL COLUMNS FROM `wp_posts`"), pick("require('wp-blog-header.php'), wp, WP->main, do_action_ref_array('wp'), WP_Hook->do_action", "do_action('wp_ajax_heartbeat'), WP_Hook->do_action, WP_Hook->apply_filters", "require_once('wp-admin/admin.php'), do_action('admin_init')")]),
        (6, "E7", "PHP Fatal error:  Allowed memory size of <*> bytes exhausted (tried to allocate <*> bytes) in <*> on line <*>", lambda: [pick("134217728", "268435456", "536870912"), str(R.randint(4096, 20971520)), f(), line()]),
        (5, "E8", "PHP Fatal error:  Uncaught Error: Call to undefined function <*>() in <*>:<*>", lambda: [pick("create_function", "mysql_connect", "acme_get_option", "each"), f(), line()]),
        (5, "E9", "PHP Stack trace:", lambda: []),
        (5, "E10", "PHP   <*>. <*>() <*>:<*>", lambda: [str(R.randint(1, 12)), pick("{main}", "require_once", "do_action", "WP_Hook->apply_filters", "acme_slider_init"), f(), line()]),
        (4, "E11", "PHP Warning:  Cannot modify header information - headers already sent by (output started at <*>:<*>) in <*> on line <*>", lambda: [f(), line(), "/var/www/html/wp-includes/pluggable.php", pick("1435", "1438")]),
        (3, "E12", "PHP Parse error:  syntax error, unexpected token \"<*>\" in <*> on line <*>", lambda: [pick("}", ")", "endif", "public"), f(), line()]),
        (2, "E13", "PHP Warning:  <*>(<*>): Failed to open stream: HTTP request failed! <*> in <*> on line <*>", lambda: [pick("file_get_contents", "fopen"), pick("https://api.example.com/v2/feed.json", "http://cdn.example.net/fonts.css"), pick("HTTP/1.1 404 Not Found", "HTTP/1.1 503 Service Unavailable"), f(), line()]),
        (1, "E14", "PHP Fatal error:  Maximum execution time of <*> seconds exceeded in <*> on line <*>", lambda: [pick("30", "60"), f(), line()]),
    ]


# ----------------------------------------------------------------------------------------------
# Cyrus IMAP syslog, message after "imap[1234]: " / "lmtpunix[1234]: " / "master[1234]: ".
def cyrus():
    clienth = lambda: pick("mail-client-%d.example.net" % R.randint(1, 99), "unknown", "localhost", host())
    sess = lambda: "<cyrus-%d-%d-%d-%s>" % (R.randint(1000, 99999), 1718000000 + R.randint(0, 999999), R.randint(1, 50), "".join(R.choice("0123456789") for _ in range(20)))
    mech = lambda: pick("plaintext", "plaintext+TLS", "PLAIN", "PLAIN+TLS", "LOGIN", "CRAM-MD5")
    mbox = lambda: pick("user.%s" % user(), "user.%s.Sent" % user(), "user.%s.Junk" % user(), "shared.support")
    return [
        (22, "E1", "login: <*> [<*>] <*> <*> User logged in SESSIONID=<*>", lambda: [clienth(), ip(), user(), mech(), sess()]),
        (16, "E2", "accepted connection", lambda: []),
        (14, "E3", "USAGE <*> user: <*> sys: <*>", lambda: [user(), "%.6f" % R.uniform(0, 2), "%.6f" % R.uniform(0, 1)]),
        (10, "E4", "badlogin: <*> [<*>] <*> <*> <*>", lambda: [clienth(), ip(), pick("plaintext", "PLAIN", "LOGIN"), user(), pick("SASL(-13): authentication failure: checkpass failed", "SASL(-13): user not found: checkpass failed", "SASL(-14): authorization failure: user is not authorized")]),
        (10, "E5", "starttls: <*> with cipher <*> (<*>/<*> bits <*>) no authentication", lambda: (lambda b: [pick("TLSv1.3", "TLSv1.2"), pick("TLS_AES_256_GCM_SHA384", "ECDHE-RSA-AES256-GCM-SHA384", "TLS_CHACHA20_POLY1305_SHA256"), b, b, pick("new", "new", "reused")])(pick("256", "128"))),
        (9, "E6", "Delivered: <*> to mailbox: <*>", lambda: ["<%s@%s>" % (hexs(12), pick("mail.example.com", "mx.example.org", "notifications.github.com")), mbox()]),
        (6, "E7", "Expunged <*> messages from <*>", lambda: [str(R.randint(1, 400)), mbox()]),
        (5, "E8", "IOERROR: opening <*>: <*>", lambda: ["/var/spool/cyrus/mail/%s/user/%s/cyrus.header" % (R.choice("abcdefghijklmnopqrstuvwxyz"), user()), pick("No such file or directory", "Permission denied")]),
        (5, "E9", "seen_db: user <*> opened <*>", lambda: (lambda u: [u, "/var/lib/cyrus/user/%s/%s.seen" % (u[0], u)])(user())),
        (4, "E10", "process type:<*> name:<*> path:<*> age:<*>s pid:<*> exited, status <*>", lambda: (lambda s: [pick("SERVICE", "SERVICE", "EVENT"), s, "/usr/lib/cyrus/bin/%sd" % s, "%.3f" % R.uniform(0.1, 9000), str(R.randint(300, 90000)), pick("0", "0", "75")])(pick("imap", "lmtp", "pop3", "sieve"))),
        (3, "E11", "skiplist: recovered <*> (<*> records, <*> bytes) in <*> seconds", lambda: ["/var/lib/cyrus/%s.db" % pick("mailboxes", "tls_sessions", "deliver", "annotations"), str(R.randint(1, 90000)), str(R.randint(1000, 9 * 10 ** 7)), str(R.randint(0, 12))]),
        (2, "E12", "ready for work", lambda: []),
        (1, "E13", "exiting on SIGTERM/SIGINT", lambda: []),
    ]


STYLES = [
    ("Memcached", memcached), ("MinIO", minio), ("ClickHouse", clickhouse), ("Hive", hive),
    ("YARN", yarn), ("Storm", storm), ("Mesos", mesos), ("Kamailio", kamailio),
    ("FreeSWITCH", freeswitch), ("ProFTPD", proftpd), ("WordPress", wordpress), ("Cyrus", cyrus),
]

LINES_PER_STYLE = 150

# Template pairs whose regexes overlap only because "<*>" is matched by any text; real values never
# make one statement's message look like the other's (checked on every generated line below, which
# still fails on any overlap not listed here).
REGEX_OVERLAP_OK = {
    ("MinIO", "E1", "E2"),  # API: X(bucket=b, object=o) vs API: X(bucket=b): bucket names hold no ", object="
}


def template_regex(t):
    return re.compile("^" + "(.*?)".join(re.escape(p) for p in t.split("<*>")) + "$", re.S)


def fill(template, values):
    parts = template.split("<*>")
    if len(values) != len(parts) - 1:
        raise SystemExit("template %r expects %d values, got %d" % (template, len(parts) - 1, len(values)))
    out = [parts[0]]
    for v, p in zip(values, parts[1:]):
        out.append(str(v))
        out.append(p)
    return "".join(out)


def counts(events):
    """Fixed skewed counts: proportional to the weights, every event at least once."""
    total = sum(w for w, *_ in events)
    c = [max(1, int(round(LINES_PER_STYLE * w / total))) for w, *_ in events]
    # adjust the most frequent event so the style has exactly LINES_PER_STYLE lines
    c[0] += LINES_PER_STYLE - sum(c)
    return c


def main():
    out = sys.stdout
    out.write("style\tevent\tsource\tmessage\n")
    for name, fn in STYLES:
        events = fn()
        ids = [eid for _, eid, _, _ in events]
        assert len(ids) == len(set(ids)), name
        templates = [t for _, _, t, _ in events]
        assert len(templates) == len(set(templates)), name
        regexes = {eid: template_regex(t) for _, eid, t, _ in events}
        rows = []
        for (w, eid, t, gen), n in zip(events, counts(events)):
            rows.extend([(eid, t, gen)] * n)
        R.shuffle(rows)
        label_of = {}
        for eid, t, gen in rows:
            msg = fill(t, gen())
            if "\t" in msg or "\n" in msg or "\r" in msg:
                raise SystemExit("tab/newline in %s %s: %r" % (name, eid, msg))
            if label_of.setdefault(msg, eid) != eid:
                raise SystemExit("message %r labelled both %s and %s" % (msg, label_of[msg], eid))
            if not regexes[eid].match(msg):
                raise SystemExit("message %r does not match its own template %s" % (msg, eid))
            for other, rx in regexes.items():
                if other != eid and rx.match(msg) and (name, eid, other) not in REGEX_OVERLAP_OK:
                    raise SystemExit("%s message %r of %s also matches template %s" % (name, msg, eid, other))
            out.write("%s\t%s-%s\tsynthetic (%s format)\t%s\n" % (name, name, eid, name, msg))


main()
