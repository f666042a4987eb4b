#!/usr/bin/env python3
"""Writes labelled-logs-heldout12.tsv (written as blind-loghub in session 4; seen since round 6): a from-memory recreation of the public Loghub-2k collection
(16 systems), so that GA on it predicts GA on the real Loghub-2k (target: average GA >= 0.90).

Usage: python3 generate_heldout12.py > labelled-logs-heldout12.tsv   (deterministic: fixed seed)

Written without the real files (not on this machine) and without reading the miner or any other
labelled set. Each system is a list of events (the statement's Loghub-style template, "<*>" for
every value the statement fills in) with a line count that follows the frequency skew of the real
2k sample as remembered: a few dominant events and a tail of rare ones (1-3 lines).
The message is the "Content" column of Loghub's *_structured.csv (the part after the header).

Checks (the generator fails otherwise): every message renders from its own template; no message
text gets two labels; no message matches another event's template of the same system when each
"<*>" stands for one whitespace-free token (or nothing: Linux ftpd prints "()" for an unresolved peer); no tab or newline in a message.
"""
import random
import re
import sys

R = random.Random(20261127)
SYSTEMS = []


def system(name, events):
    SYSTEMS.append((name, events))


def pick(*xs):
    return R.choice(xs)


def digits(n):
    return str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid():
    return "%s-%s-%s-%s-%s" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def ip(prefix=None):
    if prefix:
        return prefix + "." + ".".join(str(R.randint(1, 254)) for _ in range(4 - prefix.count(".") - 1))
    return "%d.%d.%d.%d" % (R.randint(1, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def port():
    return str(R.randint(1024, 65535))


def mac():
    return ":".join(hexs(2) for _ in range(6))


# ---------------------------------------------------------------- HDFS
def blk():
    return "blk_" + pick("", "-") + digits(R.choice([18, 19]))


def hip():
    return "10.25%d.%d.%d" % (R.randint(0, 1), R.randint(1, 254), R.randint(1, 254))


def dn():
    return hip() + ":50010"


def hsize():
    return pick("67108864", "67108864", "67108864", str(R.randint(1000, 67108864)), str(R.randint(1, 99999)))


def deleting():
    b = blk()
    return (b, "/mnt/hadoop/dfs/data/current/subdir%d/%s" % (R.randint(0, 63), b))


def allocpath():
    job = "job_200811092030_%04d" % R.randint(1, 40)
    return pick("/mnt/hadoop/mapred/system/%s/job.jar." % job,
                "/mnt/hadoop/mapred/system/%s/job.split." % job,
                "/user/root/rand/_temporary/_task_200811092030_0001_m_%06d_0/part-%05d." % (R.randint(0, 999), R.randint(0, 999)),
                "/user/root/sortrand/_temporary/_task_200811092030_0002_r_%06d_0/part-%05d." % (R.randint(0, 999), R.randint(0, 999)))


system("HDFS", [
    (31, "Receiving block <*> src: <*> dest: <*>", lambda: (blk(), "/%s:%s" % (hip(), port()), "/" + dn())),
    (30, "PacketResponder <*> for block <*> terminating", lambda: (pick("0", "1", "2"), blk())),
    (30, "BLOCK* NameSystem.addStoredBlock: blockMap updated: <*> is added to <*> size <*>", lambda: (dn(), blk(), hsize())),
    (28, "Received block <*> of size <*> from <*>", lambda: (blk(), hsize(), "/" + hip())),
    (25, "Deleting block <*> file <*>", deleting),
    (21, "BLOCK* NameSystem.delete: <*> is added to invalidSet of <*>", lambda: (blk(), dn())),
    (12, "BLOCK* NameSystem.allocateBlock: <*> <*>", lambda: (allocpath(), blk())),
    (10, "Verification succeeded for <*>", lambda: (blk(),)),
    (7, "<*> Served block <*> to <*>", lambda: (dn(), blk(), "/" + hip())),
    (6, "<*>:Got exception while serving <*> to <*>", lambda: (dn(), blk(), "/" + hip() + ":")),
    (3, "BLOCK* ask <*> to replicate <*> to datanode(s) <*>", lambda: (dn(), blk(), " ".join(dn() for _ in range(R.randint(1, 2))))),
    (3, "<*> Starting thread to transfer block <*> to <*>", lambda: (dn(), blk(), dn())),
    (3, "<*>:Transmitted block <*> to <*>", lambda: (dn(), blk(), "/" + dn())),
    (2, "writeBlock <*> received exception <*>", lambda: (blk(), pick("java.io.IOException: Could not read from stream", "java.io.EOFException", "java.net.SocketTimeoutException: 480000 millis timeout while waiting for channel to be ready for write."))),
    (2, "<*>:Exception writing block <*> to mirror <*>", lambda: (dn(), blk(), dn())),
    (1, "PacketResponder <*> <*> Exception <*>", lambda: (blk(), pick("1", "2"), "java.io.IOException: Broken pipe")),
    (1, "Exception in receiveBlock for block <*> <*>", lambda: (blk(), "java.io.IOException: Connection reset by peer")),
    (1, "Receiving empty packet for block <*>", lambda: (blk(),)),
    (1, "PacketResponder <*> for block <*> Interrupted.", lambda: (pick("1", "2"), blk())),
    (1, "<*>:Failed to transfer <*> to <*> got <*>", lambda: (dn(), blk(), dn(), "java.io.IOException: Connection reset by peer")),
    (1, "Unexpected error trying to delete block <*>. BlockInfo not found in volumeMap.", lambda: (blk(),)),
    (1, "BLOCK* Removing block <*> from neededReplications as it does not belong to any file.", lambda: (blk(),)),
])

# ---------------------------------------------------------------- Hadoop (MapReduce AM)
HJ = "1445144423722"


def hjob():
    return "%04d" % R.choice([20, 21, 22])


def attempt(kind=None):
    return "attempt_%s_%s_%s_%06d_%d" % (HJ, hjob(), kind or pick("m", "m", "m", "r"), R.randint(0, 12), R.choice([0, 0, 0, 1]))


def task():
    return "task_%s_%s_%s_%06d" % (HJ, hjob(), pick("m", "m", "r"), R.randint(0, 12))


def container():
    return "container_%s_%s_01_%06d" % (HJ, hjob(), R.randint(1, 20))


def hnode():
    return pick("MININT-FNANLI5.fareast.corp.microsoft.com", "MININT-75DGDAM1.fareast.corp.microsoft.com", "04DN8IQ.fareast.corp.microsoft.com", "MSRA-SA-39.fareast.corp.microsoft.com", "MSRA-SA-41.fareast.corp.microsoft.com") + ":" + port()


def sched(_):
    return tuple(str(x) for x in (R.randint(0, 1), R.randint(0, 10), R.randint(0, 1), R.randint(0, 10), R.randint(0, 1), R.randint(0, 10), 0, R.randint(0, 12), R.randint(0, 5), R.randint(0, 10), R.randint(0, 3)))


SCHED = "PendingReds:<*> ScheduledMaps:<*> ScheduledReds:<*> AssignedMaps:<*> AssignedReds:<*> CompletedMaps:<*> CompletedReds:<*> ContAlloc:<*> ContRel:<*> HostLocal:<*> RackLocal:<*>"
STATES_TA = [("NEW", "UNASSIGNED"), ("UNASSIGNED", "ASSIGNED"), ("ASSIGNED", "RUNNING"), ("RUNNING", "SUCCESS_CONTAINER_CLEANUP"), ("SUCCESS_CONTAINER_CLEANUP", "SUCCEEDED"), ("RUNNING", "FAIL_CONTAINER_CLEANUP"), ("RUNNING", "KILL_CONTAINER_CLEANUP")]
STATES_T = [("NEW", "SCHEDULED"), ("SCHEDULED", "RUNNING"), ("RUNNING", "SUCCEEDED"), ("RUNNING", "KILL_WAIT")]
STATES_J = [("NEW", "INITED"), ("INITED", "SETUP"), ("SETUP", "RUNNING"), ("RUNNING", "COMMITTING"), ("COMMITTING", "SUCCEEDED")]
RM = "msra-sa-41:8030"

system("Hadoop", [
    (34, "Progress of TaskAttempt <*> is : <*>", lambda: (attempt("m"), pick("0.0", "1.0", "%.8f" % R.random(), "%.7f" % R.random(), "0.%d" % R.randint(1, 99999999)))),
    (22, "Retrying connect to server: <*>. Already tried <*> time(s); retry policy is RetryUpToMaximumCountWithFixedSleep(maxRetries=<*>, sleepTime=<*> MILLISECONDS)", lambda: (pick(RM, RM, "msra-sa-41:9000", "MININT-FNANLI5.fareast.corp.microsoft.com/10.86.169.121:%s" % port()), str(R.randint(0, 9)), "10", "1000")),
    (11, "Address change detected. Old: <*> New: <*>", lambda: ("msra-sa-41/10.190.173.170:" + pick("8030", "9000"), pick("msra-sa-41:8030", "msra-sa-41:9000"))),
    (11, "ERROR IN CONTACTING RM.", lambda: ()),
    (8, "<*> TaskAttempt Transitioned from <*> to <*>", lambda: (attempt(),) + R.choice(STATES_TA)),
    (6, "<*> Task Transitioned from <*> to <*>", lambda: (task(),) + R.choice(STATES_T)),
    (3, "<*>Job Transitioned from <*> to <*>", lambda: ("job_%s_%s" % (HJ, hjob()),) + R.choice(STATES_J)),
    (5, "Before Scheduling: " + SCHED, lambda: sched(0)),
    (5, "After Scheduling: " + SCHED, lambda: sched(0)),
    (5, "getResources() for <*>: ask=<*> release= <*> newContainers=<*> finishedContainers=<*> resourcelimit=<memory:<*>, vCores:<*>> knownNMs=<*>", lambda: ("application_%s_%s" % (HJ, hjob()), str(R.randint(0, 5)), "0", str(R.randint(0, 3)), str(R.randint(0, 3)), str(R.randint(0, 28) * 1024), str(R.randint(-27, 5)), str(R.randint(1, 4)))),
    (5, "Recalculating schedule, headroom=<memory:<*>, vCores:<*>>", lambda: (str(R.randint(0, 28) * 1024), str(R.randint(-27, 5)))),
    (4, "Reduce slow start threshold not met. completedMapsForReduceSlowstart <*>", lambda: (str(R.randint(1, 2)),)),
    (3, "Got allocated containers <*>", lambda: (str(R.randint(1, 4)),)),
    (4, "Assigned container <*> to <*>", lambda: (container(), attempt())),
    (3, "Launching <*>", lambda: (attempt(),)),
    (3, "Opening proxy : <*>", lambda: (hnode(),)),
    (3, "Shuffle port returned by ContainerManager for <*> : <*>", lambda: (attempt(), "13562")),
    (3, "TaskAttempt: [<*>] using containerId: [<*> on NM: [<*>]", lambda: (attempt(), container(), hnode())),
    (3, "ATTEMPT_START <*>", lambda: (task(),)),
    (3, "JVM with ID : <*> asked for a task", lambda: ("jvm_%s_%s_m_%06d" % (HJ, hjob(), R.randint(2, 14)),)),
    (3, "JVM with ID: <*> given task: <*>", lambda: ("jvm_%s_%s_m_%06d" % (HJ, hjob(), R.randint(2, 14)), attempt())),
    (3, "Auth successful for <*> (auth:SIMPLE)", lambda: ("job_%s_%s" % (HJ, hjob()),)),
    (2, "Done acknowledgement from <*>", lambda: (attempt(),)),
    (2, "Task succeeded with attempt <*>", lambda: (attempt(),)),
    (2, "Num completed Tasks: <*>", lambda: (str(R.randint(1, 11)),)),
    (2, "Received completed container <*>", lambda: (container(),)),
    (2, "Processing the event EventType: <*> for container <*> taskAttempt <*>", lambda: (pick("CONTAINER_REMOTE_LAUNCH", "CONTAINER_REMOTE_CLEANUP"), container(), attempt())),
    (1, "KILLING <*>", lambda: (attempt(),)),
    (1, "Diagnostics report from <*>: Container killed by the ApplicationMaster.", lambda: (attempt(),)),
    (2, "Failed to renew lease for [<*>] for <*> seconds.  Will retry shortly ...", lambda: ("DFSClient_NONMAPREDUCE_%d_1" % R.randint(10**8, 2 * 10**9), str(R.randint(30, 300)))),
    (1, "Created MRAppMaster for application <*>", lambda: ("appattempt_%s_%s_000001" % (HJ, hjob()),)),
    (1, "Executing with tokens:", lambda: ()),
    (1, "Kind: YARN_AM_RM_TOKEN, Service: , Ident: (appAttemptId { application_id { id: <*> cluster_timestamp: <*> } attemptId: <*> } keyId: <*>)", lambda: (str(R.randint(20, 22)), HJ, "1", "-" + digits(9))),
    (1, "Using mapred newApiCommitter.", lambda: ()),
    (1, "OutputCommitter set in config null", lambda: ()),
    (1, "OutputCommitter is org.apache.hadoop.mapreduce.lib.output.FileOutputCommitter", lambda: ()),
    (3, "Registering class <*> for class <*>", lambda: pick(("org.apache.hadoop.mapreduce.jobhistory.EventType", "org.apache.hadoop.mapreduce.jobhistory.JobHistoryEventHandler"), ("org.apache.hadoop.mapreduce.v2.app.job.event.JobEventType", "org.apache.hadoop.mapreduce.v2.app.MRAppMaster$JobEventDispatcher"), ("org.apache.hadoop.mapreduce.v2.app.job.event.TaskEventType", "org.apache.hadoop.mapreduce.v2.app.MRAppMaster$TaskEventDispatcher"))),
    (1, "Default file system [<*>]", lambda: ("hdfs://msra-sa-41:9000",)),
    (1, "Emitting job history data to the timeline server is not enabled", lambda: ()),
    (1, "Scheduled snapshot period at <*> second(s).", lambda: ("10",)),
    (1, "MRAppMaster metrics system started", lambda: ()),
    (1, "Adding job token for <*> to jobTokenSecretManager", lambda: ("job_%s_%s" % (HJ, hjob()),)),
    (1, "Not uberizing <*> because: not enabled; too many maps; too much input;", lambda: ("job_%s_%s" % (HJ, hjob()),)),
    (1, "Input size for job <*> = <*>. Number of splits = <*>", lambda: ("job_%s_%s" % (HJ, hjob()), str(R.randint(10**8, 2 * 10**9)), str(R.randint(1, 13)))),
    (1, "Number of reduces for job <*> = <*>", lambda: ("job_%s_%s" % (HJ, hjob()), "1")),
    (1, "Starting Socket Reader #<*> for port <*>", lambda: ("1", port())),
    (1, "IPC Server listener on <*>: starting", lambda: (port(),)),
    (1, "IPC Server Responder: starting", lambda: ()),
    (1, "Instantiated MRClientService at <*>", lambda: ("MININT-FNANLI5/127.0.0.1:" + port(),)),
    (1, "Jetty bound to port <*>", lambda: (port(),)),
    (1, "Web app /mapreduce started at <*>", lambda: (port(),)),
    (1, "Connecting to ResourceManager at <*>", lambda: ("msra-sa-41/10.190.173.170:8030",)),
    (1, "maxContainerCapability: <memory:<*>, vCores:<*>>", lambda: ("8192", "32")),
    (1, "Event Writer setup for JobId: <*>, File: <*>", lambda: ("job_%s_0020" % HJ, "hdfs://msra-sa-41:9000/tmp/hadoop-yarn/staging/msrabi/.staging/job_%s_0020/job_%s_0020_1.jhist" % (HJ, HJ))),
])

# ---------------------------------------------------------------- Spark (executor logs)
def sz():
    return pick("%.1f KB" % R.uniform(1, 999), "%.1f MB" % R.uniform(1, 99), "%d.0 B" % R.randint(16, 999))


def free():
    return pick("%.1f GB" % R.uniform(10, 17.7), "%.1f MB" % R.uniform(100, 999), "%.1f KB" % R.uniform(5, 99))


def stage():
    return "%d.0" % R.randint(0, 40)


system("Spark", [
    (24, "Running task <*> in stage <*> (TID <*>)", lambda: ("%d.0" % R.randint(0, 39), stage(), str(R.randint(0, 1600)))),
    (23, "Finished task <*> in stage <*> (TID <*>). <*> bytes result sent to driver", lambda: ("%d.0" % R.randint(0, 39), stage(), str(R.randint(0, 1600)), str(R.randint(900, 3000)))),
    (22, "Got assigned task <*>", lambda: (str(R.randint(0, 1600)),)),
    (16, "Found block <*> locally", lambda: ("rdd_%d_%d" % (R.randint(0, 60), R.randint(0, 39)),)),
    (13, "Times: total = <*>, boot = <*>, init = <*>, finish = <*>", lambda: (str(R.randint(30, 4000)), str(R.randint(-5, 30)), str(R.randint(1, 60)), str(R.randint(0, 3000)))),
    (10, "Partition <*> not found, computing it", lambda: ("rdd_%d_%d" % (R.randint(0, 60), R.randint(0, 39)),)),
    (9, "Block <*> stored as bytes in memory (estimated size <*>, free <*>)", lambda: (pick("rdd_%d_%d" % (R.randint(0, 60), R.randint(0, 39)), "broadcast_%d_piece0" % R.randint(0, 40)), sz(), free())),
    (6, "Block <*> stored as values in memory (estimated size <*>, free <*>)", lambda: ("broadcast_%d" % R.randint(0, 40), sz(), free())),
    (6, "Started reading broadcast variable <*>", lambda: (str(R.randint(0, 40)),)),
    (6, "Reading broadcast variable <*> took <*> ms", lambda: (str(R.randint(0, 40)), str(R.randint(5, 400)))),
    (7, "Input split: <*>", lambda: ("hdfs://10.10.34.11:9000/pjhe/test/%d/_part-%05d:%d+%d" % (R.randint(1, 20), R.randint(0, 9), R.randint(0, 9) * 1000, R.randint(1000, 99999)),)),
    (5, "Getting <*> non-empty blocks out of <*> blocks", lambda: (str(R.randint(0, 40)), str(R.randint(40, 80)))),
    (5, "Started <*> remote fetches in <*> ms", lambda: (str(R.randint(0, 40)), str(R.randint(0, 30)))),
    (3, "Updating epoch to <*> and clearing cache", lambda: (str(R.randint(1, 20)),)),
    (3, "Don't have map outputs for shuffle <*>, fetching them", lambda: (str(R.randint(0, 20)),)),
    (3, "Doing the fetch; tracker endpoint = <*>", lambda: ("NettyRpcEndpointRef(spark://MapOutputTracker@10.10.34.11:%s)" % port(),)),
    (3, "Got the output locations", lambda: ()),
    (5, "<*> is deprecated. Instead, use <*>", lambda: pick(("mapred.tip.id", "mapreduce.task.id"), ("mapred.task.id", "mapreduce.task.attempt.id"), ("mapred.task.is.map", "mapreduce.task.ismap"), ("mapred.task.partition", "mapreduce.task.partition"), ("mapred.job.id", "mapreduce.job.id"))),
    (1, "Registered signal handlers for [TERM, HUP, INT]", lambda: ()),
    (1, "Changing view acls to: <*>", lambda: ("yarn,curi",)),
    (1, "Changing modify acls to: <*>", lambda: ("yarn,curi",)),
    (1, "SecurityManager: authentication disabled; ui acls disabled; users with view permissions: Set(<*>); users with modify permissions: Set(<*>)", lambda: ("yarn, curi", "yarn, curi")),
    (1, "Slf4jLogger started", lambda: ()),
    (1, "Starting remoting", lambda: ()),
    (1, "Remoting started; listening on addresses :[<*>]", lambda: ("akka.tcp://sparkExecutorActorSystem@mesos-slave-%02d:%s" % (R.randint(1, 30), port()),)),
    (2, "Successfully started service '<*>' on port <*>.", lambda: (pick("sparkExecutorActorSystem", "org.apache.spark.network.netty.NettyBlockTransferService"), port())),
    (1, "Created local directory at <*>", lambda: ("/opt/hdfs/nodemanager/usercache/curi/appcache/application_1485248649253_%04d/blockmgr-%s" % (R.randint(1, 200), uuid()),)),
    (1, "MemoryStore started with capacity <*>", lambda: ("%.1f GB" % R.uniform(10, 20),)),
    (1, "Connecting to driver: <*>", lambda: ("spark://CoarseGrainedScheduler@10.10.34.11:" + port(),)),
    (1, "Successfully registered with driver", lambda: ()),
    (1, "Starting executor ID <*> on host <*>", lambda: (str(R.randint(1, 30)), "mesos-slave-%02d" % R.randint(1, 30))),
    (1, "Server created on <*>", lambda: (port(),)),
    (1, "Trying to register BlockManager", lambda: ()),
    (1, "Registered BlockManager", lambda: ()),
    (2, "Executor is trying to kill task <*> in stage <*> (TID <*>)", lambda: ("%d.0" % R.randint(0, 39), stage(), str(R.randint(0, 1600)))),
    (1, "Executor killed task <*> in stage <*> (TID <*>)", lambda: ("%d.0" % R.randint(0, 39), stage(), str(R.randint(0, 1600)))),
    (1, "Driver commanded a shutdown", lambda: ()),
    (1, "RECEIVED SIGNAL 15: SIGTERM", lambda: ()),
    (1, "MemoryStore cleared", lambda: ()),
    (1, "BlockManager stopped", lambda: ()),
    (1, "Shutting down remote daemon.", lambda: ()),
    (1, "Remote daemon shut down; proceeding with flushing remote transports.", lambda: ()),
    (1, "Remoting shut down.", lambda: ()),
    (1, "Shutdown hook called", lambda: ()),
    (1, "Deleting directory <*>", lambda: ("/opt/hdfs/nodemanager/usercache/curi/appcache/application_1485248649253_%04d/spark-%s" % (R.randint(1, 200), uuid()),)),
])

# ---------------------------------------------------------------- Zookeeper
def zc():
    return "/10.10.34.%d:%s" % (R.randint(11, 40), port())


def sess():
    return "0x" + pick("14ed93111f2", "24ed93119420", "34ed9311ea2") + hexs(4).lstrip("0")


def zid():
    return str(R.randint(1, 3))


def zxid():
    return "0x" + pick("7", "8", "10", "1a") + "0000" + hexs(R.randint(1, 4)).lstrip("0")


system("Zookeeper", [
    (26, "Accepted socket connection from <*>", lambda: (zc(),)),
    (25, "Closed socket connection for client <*> which had sessionid <*>", lambda: (zc(), sess())),
    (13, "Client attempting to establish new session at <*>", lambda: (zc(),)),
    (12, "Established session <*> with negotiated timeout <*> for client <*>", lambda: (sess(), pick("10000", "20000", "40000"), zc())),
    (14, "Connection request from old client <*>; will be dropped if server is in r-o mode", lambda: (zc(),)),
    (12, "caught end of stream exception", lambda: ()),
    (6, "Exception causing close of session <*> due to <*>", lambda: ("0x0", "java.io.IOException: ZooKeeperServer not running")),
    (5, "Closed socket connection for client <*> (no session established for client)", lambda: (zc(),)),
    (6, "Received connection request <*>", lambda: (zc(),)),
    (8, "Notification: <*> (n.leader), <*> (n.zxid), <*> (n.round), <*> (n.state), <*> (n.sid), <*> (n.peerEPoch), <*> (my state)", lambda: (zid(), zxid(), "0x" + str(R.randint(1, 9)), pick("LOOKING", "FOLLOWING", "LEADING"), zid(), "0x" + str(R.randint(1, 9)), pick("LOOKING", "FOLLOWING"))),
    (6, "Interrupted while waiting for message on queue", lambda: ()),
    (6, "Connection broken for id <*>, my id = <*>, error =", lambda: (zid(), zid())),
    (5, "Send worker leaving thread", lambda: ()),
    (3, "Interrupting SendWorker", lambda: ()),
    (6, "Cannot open channel to <*> at election address <*>", lambda: (zid(), "/10.10.34.%d:3888" % R.randint(11, 13))),
    (4, "Expiring session <*>, timeout of <*> exceeded", lambda: (sess(), pick("10000ms", "20000ms", "40000ms"))),
    (4, "Processed session termination for sessionid: <*>", lambda: (sess(),)),
    (3, "Client attempting to renew session <*> at <*>", lambda: (sess(), zc())),
    (2, "Invalid session <*> for client <*>, probably expired", lambda: (sess(), zc())),
    (2, "Have smaller server identifier, so dropping the connection: (<*>, <*>)", lambda: (zid(), zid())),
    (2, "New election. My id =  <*>, proposed zxid=<*>", lambda: (zid(), zxid())),
    (2, "Notification time out: <*>", lambda: (pick("400", "800", "1600", "3200", "6400", "12800", "25600", "51200", "60000"),)),
    # QuorumPeer.run() logs each state with its own constant statement.
    (1, "LOOKING", lambda: ()),
    (1, "FOLLOWING", lambda: ()),
    (1, "LEADING", lambda: ()),
    (1, "Getting a snapshot from leader", lambda: ()),
    (1, "Snapshotting: <*> to <*>", lambda: (zxid(), "/var/lib/zookeeper/version-2/snapshot." + zxid()[2:])),
    (1, "Follower sid: <*> : info : <*>", lambda: (zid(), "org.apache.zookeeper.server.quorum.QuorumPeer$QuorumServer@" + hexs(7))),
    (1, "Synchronizing with Follower sid: <*> maxCommittedLog=<*> minCommittedLog=<*> peerLastZxid=<*>", lambda: (zid(), zxid(), zxid(), zxid())),
    (1, "Sending <*>", lambda: (pick("DIFF", "SNAP", "TRUNC"),)),
    (1, "Received NEWLEADER-ACK message from <*>", lambda: (zid(),)),
    (1, "Unexpected exception causing shutdown while sock still open", lambda: ()),
    (1, "******* GOODBYE <*> ********", lambda: (zc(),)),
    (2, "Too many connections from <*> - max is <*>", lambda: ("/10.10.34.%d" % R.randint(11, 40), "60")),
    (1, "Reading snapshot <*>", lambda: ("/var/lib/zookeeper/version-2/snapshot." + zxid()[2:],)),
    (1, "shutdown of request processor complete", lambda: ()),
    (1, "Exception when following the leader", lambda: ()),
    (1, "Shutting down", lambda: ()),
])

# ---------------------------------------------------------------- BGL
def loc():
    return "R%02d-M%d-N%s-%s" % (R.randint(0, 77), R.randint(0, 1), pick(*"0123456789ABCDEF"), pick("C:J%02d-U%02d" % (R.randint(2, 17), R.randint(0, 1)), "I:J18-U01", "J%02d" % R.randint(2, 17)))


def h8():
    return "0x" + hexs(8)


def bglpath():
    return "/%s/%s/%s/%s" % (pick("g/g24", "p/gb1", "p/gb2", "home"), pick("haroon", "stella", "bgl_test", "chu", "rmisra"), pick("RAPTOR", "IOR", "smg2000", "sweep3d", "umt2k"), R.randint(100, 9999))


system("BGL", [
    (42, "instruction cache parity error corrected", lambda: ()),
    (14, "generating <*>", lambda: ("core." + str(R.randint(1, 9999)),)),
    (12, "CE sym <*>, at <*>, mask <*>", lambda: (str(R.randint(0, 35)), h8(), "0x" + hexs(2))),
    (7, "<*> ddr errors(s) detected and corrected on rank <*>, symbol <*>, bit <*>", lambda: (str(R.randint(1, 9)), "0", str(R.randint(0, 35)), str(R.randint(0, 7)))),
    (6, "total of <*> ddr error(s) detected and corrected", lambda: (str(R.randint(1, 30)),)),
    (9, "ciod: failed to read message prefix on control stream (CioStream socket to <*>", lambda: ("172.16.96.%d:%s" % (R.randint(100, 200), port()),)),
    (5, "data TLB error interrupt", lambda: ()),
    (4, "data storage interrupt", lambda: ()),
    (4, "instruction address: <*>", lambda: (h8(),)),
    (3, "machine check interrupt (bit=<*>): L2 dcache unit data parity error", lambda: ("0x1d",)),
    (3, "exception syndrome register: <*>", lambda: (h8(),)),
    (3, "machine state register: <*>", lambda: (h8(),)),
    (2, "core configuration register: <*>", lambda: (h8(),)),
    (2, "floating point unavailable..........<*>", lambda: (pick("0", "1"),)),
    (2, "auxiliary processor.........................<*>", lambda: (pick("0", "1"),)),
    (2, "byte ordering exception.....................<*>", lambda: (pick("0", "1"),)),
    (2, "problem state (0=sup,1=usr).......<*>", lambda: (pick("0", "1"),)),
    (2, "<*> double-hummer alignment exceptions", lambda: (str(R.randint(1, 9999)),)),
    (2, "<*> floating point alignment exceptions", lambda: (str(R.randint(1, 9999)),)),
    (3, "iar <*> dear <*>", lambda: (hexs(8), hexs(8))),
    (2, "rts: kernel terminated for reason <*>", lambda: (pick("1001", "1004"),)),
    (1, "rts panic! - stopping execution", lambda: ()),
    (2, "ciod: LOGIN chdir(<*>) failed: <*>", lambda: (bglpath(), pick("Input/output error", "No such file or directory", "Permission denied"))),
    (2, "ciod: Error loading <*>: invalid or missing program image, <*>", lambda: (bglpath() + "/a.out", pick("No such file or directory", "Exec format error", "Permission denied"))),
    (1, "ciod: Message code <*> is not <*> or <*>", lambda: ("0", "51", "4294967295")),
    (2, "ciod: Error reading message prefix after LOAD_MESSAGE on CioStream socket to <*>: <*>", lambda: ("172.16.96.%d:%s" % (R.randint(100, 200), port()), pick("Link has been severed", "Connection reset by peer"))),
    (1, "ciod: generated <*> core files for program <*>", lambda: (str(R.randint(1, 1024)), bglpath() + "/a.out")),
    (1, "ciod: duplicate canonical-rank <*> to logical-rank <*> mapping at line <*> of node map file <*>", lambda: (str(R.randint(0, 999)), str(R.randint(0, 999)), str(R.randint(1, 999)), bglpath() + "/map.txt")),
    (1, "ciod: Received signal <*>, code=<*>, errno=<*>, address=<*>", lambda: (pick("11", "15"), "0", "0", h8())),
    (2, "Lustre mount FAILED : <*> : block_id : location", lambda: ("bglio%d" % R.randint(1, 100),)),
    (2, "NFS Mount failed on <*>, slept <*> seconds, retrying (<*>)", lambda: ("bglio%d" % R.randint(1, 100), "60", str(R.randint(1, 5)))),
    (2, "MidplaneSwitchController performing bit sparing on <*> bit <*>", lambda: ("R%02d-M%d-L%d-U%02d-%s" % (R.randint(0, 77), R.randint(0, 1), R.randint(0, 3), R.randint(0, 20), pick(*"ABCD")), str(R.randint(0, 20)))),
    (1, "idoproxydb hit ASSERT condition: ASSERT expression=<*> Source file=<*> Source line=<*> Function=<*>", lambda: ("0", "idotransportmgr.cpp", "1043", "int IdoTransportMgr::SendPacket(IdoUdpMgr*, BglCtlPavTrace*)")),
    (1, "BGLMASTER FAILURE mmcs_server exited normally with exit code <*>", lambda: ("13",)),
    (1, "mmcs_server exited abnormally due to signal: <*>", lambda: ("Aborted",)),
    (1, "MailboxMonitor::serviceMailboxes() lib_ido_error: <*> socket closed", lambda: ("-1019",)),
    (1, "PrepareForService shutting down <*> as part of Service Action <*>", lambda: ("NodeCard(mLctn(%s), mCardSernum(203231503833343000000000594c31403153354d51415030), mLp(FF:F2:9F:15:1F:A5), mIp(10.0.0.%d), mType(4))" % (loc()[:9], R.randint(1, 254)), str(R.randint(100, 999)))),
    (1, "EndServiceAction <*> performed upon <*> by <*>", lambda: (str(R.randint(100, 999)), loc()[:9], "bgdb2cli")),
    (1, "Node card VPD check: <*> node in processor card slot <*> do not match. VPD ecid <*>, found <*>", lambda: ("U01", "J%02d" % R.randint(2, 17), hexs(32).upper(), hexs(32).upper())),
    (1, "<*> L3 EDRAM error(s) (dcr <*>) detected and corrected", lambda: (str(R.randint(1, 30)), "0x0157")),
    (1, "<*> torus receiver <*> input pipe error(s) (dcr <*>) detected and corrected", lambda: (str(R.randint(1, 30)), pick("z+", "x-", "y+"), "0x02ec")),
    (1, "<*> tree receiver <*> in re-synch state event(s) (dcr <*>) detected", lambda: (str(R.randint(1, 30)), str(R.randint(0, 2)), "0x019a")),
    (1, "critical input interrupt (unit=<*> bit=<*>): warning for torus <*> wire", lambda: ("0x0b", "0x0a", pick("z+", "x-"))),
    (1, "Ido chip status changed: <*> ip=<*> v=<*> t=<*> status=<*> <*>", lambda: ("FF:F2:9F:16:E0:9F", "10.1.1.%d" % R.randint(1, 254), "13", "4", "M", "Fri Dec 16 11:15:20 PST 2005")),
    (1, "Temperature Over Limit on link card", lambda: ()),
    (1, "program interrupt: illegal instruction", lambda: ()),
])

# ---------------------------------------------------------------- HPC
def hnodep():
    return "node-%d" % R.randint(0, 255)


system("HPC", [
    (34, "Component State Change: Component <*> is in the unavailable state (HWID=<*>)", lambda: (pick("\\042alt0\\042", "\\042SCSI-WWID:01000010:6005-08b4-0001-00c6-0006-3000-%s-0000\\042" % hexs(4), "\\042scsi_dev-%d\\042" % R.randint(0, 9)), str(R.randint(1000, 5999)))),
    (14, "Component State Change: Component <*> is in the available state (HWID=<*>)", lambda: (pick("\\042alt0\\042", "\\042SCSI-WWID:01000010:6005-08b4-0001-00c6-0006-3000-%s-0000\\042" % hexs(4)), str(R.randint(1000, 5999)))),
    (20, "inconsistent nodesets <*>", lambda: (" ".join("%s 0x%s <ok>" % (hnodep(), pick("fffffffe", "1fffffffe", "fffffff0")) for _ in range(R.randint(3, 8))),)),
    (14, "PSU status ( <*> <*> )", lambda: (pick("on", "on", "off"), pick("on", "on", "off"))),
    (12, "Fan speeds ( <*> )", lambda: (" ".join(str(R.randint(3000, 4500)) for _ in range(6)),)),
    (10, "ClusterFileSystem: There is no server for ServerFileSystem domain <*>", lambda: ("storage%d" % R.randint(400, 499),)),
    (10, "Link error on broadcast tree Interconnect-<*>", lambda: ("0T00:00:%d:%d" % (R.randint(0, 3), R.randint(0, 7)),)),
    (6, "Link in reset", lambda: ()),
    (6, "Command has completed successfully", lambda: ()),
    (5, "Targeting domains:<*> and nodes:<*> child of command <*>", lambda: ("node-D%d" % R.randint(0, 7), "node-[%d-%d]" % (R.randint(0, 30), R.randint(31, 63)), str(R.randint(2000, 3000)))),
    (5, "Temperature (<*>) exceeds warning threshold", lambda: ("%dC" % R.randint(35, 60),)),
    (4, "ambient=<*>", lambda: (str(R.randint(20, 40)),)),
    (4, "running", lambda: ()),
    (4, "configured out", lambda: ()),
    (3, "<*> (command <*>) Error: Unable to run command", lambda: (pick("boot", "halt", "risBoot"), str(R.randint(2000, 3000)))),
    (3, "Node <*> has detected an available network connection on network <*> via interface <*>", lambda: (hnodep(), "10.96.%d.0" % R.randint(0, 9), pick("alt0", "scsi0"))),
    (2, "Linkerror event interval expired", lambda: ()),
    (2, "PSU failure ( ambient=<*> )", lambda: (str(R.randint(20, 40)),)),
    (2, "Temperature (<*>) exceeds critical threshold", lambda: ("%dC" % R.randint(60, 90),)),
    (2, "node is not responding", lambda: ()),
    (2, "ServerFileSystem: file system <*> is now available", lambda: ("storage%d" % R.randint(400, 499),)),
    (1, "halt", lambda: ()),
    (1, "boot command failed on <*>", lambda: (hnodep(),)),
    (1, "Fan failure ( <*> )", lambda: (" ".join(str(R.choice([0, R.randint(3000, 4500)])) for _ in range(6)),)),
    (1, "Power supply failure on <*>", lambda: (hnodep(),)),
])

# ---------------------------------------------------------------- Thunderbird
def tip():
    return "10.100.%d.%d" % (R.randint(0, 30), R.randint(1, 254))


def qid():
    return "k%s%s" % (pick("5A", "5B", "6C"), "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10)))


system("Thunderbird", [
    (26, "session opened for user <*> by (uid=<*>)", lambda: (pick("root", "root", "root", "ddmcdan", "wdrolle"), pick("0", "0", "1002"))),
    (25, "session closed for user <*>", lambda: (pick("root", "root", "root", "ddmcdan", "wdrolle"),)),
    (15, "(<*>) CMD (<*>)", lambda: ("root", pick("run-parts /etc/cron.hourly", "/usr/lib/sa/sa1 1 1", "/projects/tbird/admin/bin/check-disks", "/usr/sbin/ntpdate -s 10.100.0.250"))),
    (9, "[ib_sm_sweep.c:1831]: No topology change", lambda: ()),
    (9, "[ib_sm_sweep.c:1455]: No configuration change required", lambda: ()),
    (5, "[ib_sm_sweep.c:1482]: ********************** NEW SWEEP ********************", lambda: ()),
    (8, "DHCPDISCOVER from <*> via <*>", lambda: (mac(), pick("eth1", "eth0"))),
    (7, "DHCPOFFER on <*> to <*> via <*>", lambda: (tip(), mac(), pick("eth1", "eth0"))),
    (7, "DHCPREQUEST for <*> (<*>) from <*> via <*>", lambda: (tip(), "10.100.0.250", mac(), pick("eth1", "eth0"))),
    (7, "DHCPACK on <*> to <*> via <*>", lambda: (tip(), mac(), pick("eth1", "eth0"))),
    (5, "Accepted publickey for <*> from <*> port <*> ssh2", lambda: ("root", tip(), port())),
    (4, "<*>: from=<*>, size=<*>, class=<*>, nrcpts=<*>, msgid=<*>, relay=<*>", lambda: (qid(), "root", str(R.randint(300, 9000)), "0", "1", "<200511%d.%s@tbird-admin1>" % (R.randint(10, 30), qid()), "root@localhost")),
    (4, "<*>: to=<*>, ctladdr=<*> (<*>), delay=<*>, xdelay=<*>, mailer=<*>, pri=<*>, relay=<*> [<*>], dsn=<*>, stat=Sent (<*> Message accepted for delivery)", lambda: (qid(), "root", "root", "0/0", "00:00:0%d" % R.randint(0, 9), "00:00:00", "relay", str(R.randint(30000, 40000)), "[127.0.0.1]", "127.0.0.1", "2.0.0", qid())),
    (3, "synchronized to <*>, stratum <*>", lambda: ("10.100.%d.250" % R.randint(0, 30), str(R.randint(2, 4)))),
    (1, "time reset <*> s", lambda: ("%+.6f" % R.uniform(-1, 1),)),
    (2, "synchronisation lost", lambda: ()),
    (3, "GM: LANai is not running. Allowing port=<*> open for debugging", lambda: (str(R.randint(0, 7)),)),
    (2, "hda: drive_cmd: status=<*> { DriveReady SeekComplete Error }", lambda: ("0x51",)),
    (2, "hda: drive_cmd: error=<*> { AbortedCommand }", lambda: ("0x04",)),
    (1, "NETDEV WATCHDOG: <*>: transmit timed out", lambda: (pick("eth0", "eth1"),)),
    (1, "e1000: <*>: e1000_watchdog: NIC Link is Up <*> Mbps Full Duplex", lambda: ("eth0", "1000")),
    (1, "Changing permissions on special file /dev/xconsole", lambda: ()),
    (1, "syslog-ng version <*> starting", lambda: ("1.6.0rc3",)),
    (3, "START: <*> pid=<*> from=<*>", lambda: (pick("rsh", "shell", "tftp"), str(R.randint(1000, 32000)), tip())),
    (3, "EXIT: <*> pid=<*> duration=<*>(sec)", lambda: (pick("rsh", "shell"), str(R.randint(1000, 32000)), str(R.randint(0, 60)))),
    (2, "Bad file descriptor (<*>) in tm_request, job <*> not running", lambda: ("9", "%d.tbird-admin1" % R.randint(1000, 99999))),
    (2, "Connection refused (<*>) in open_demux, open_demux: connect <*>", lambda: ("111", tip() + ":" + port())),
    (1, "Losing some ticks... checking if CPU frequency changed.", lambda: ()),
    (1, "Kernel logging (proc) stopped.", lambda: ()),
    (1, "Kernel log daemon terminating.", lambda: ()),
    (1, "check pass; user unknown", lambda: ()),
    (1, "authentication failure; logname= uid=<*> euid=<*> tty=<*> ruser= rhost=  user=<*>", lambda: ("0", "0", "NODEVssh", "root")),
    (1, "mptscsih: ioc0: attempting task abort! (sc=<*>)", lambda: ("0000010" + hexs(9),)),
    (1, "mptscsih: ioc0: task abort: SUCCESS (sc=<*>)", lambda: ("0000010" + hexs(9),)),
    (2, "data_thread() got not answer from any [<*>] datasource", lambda: (pick("Thunderbird_A8", "Thunderbird_B2", "Thunderbird_C5"),)),
    (2, "RRD_update (<*>): <*>: illegal attempt to update using time <*> when last update time is <*> (minimum one second step)", lambda: ("/var/lib/ganglia/rrds/tbird/%s/load_one.rrd" % ("bn%d" % R.randint(1, 999)), "/var/lib/ganglia/rrds/tbird/__SummaryInfo__/cpu_num.rrd", str(R.randint(1131000000, 1132000000)), str(R.randint(1131000000, 1132000000)))),
    (1, "Server listening on <*> port <*>.", lambda: ("0.0.0.0", "22")),
    (1, "error: Bind to port <*> on <*> failed: Address already in use.", lambda: ("22", "0.0.0.0")),
    (3, "RRQ from <*> filename <*>", lambda: (tip(), pick("pxelinux.0", "pxelinux.cfg/0A640419", "vmlinuz-2.6.9"))),
])

# ---------------------------------------------------------------- Windows (CBS.log)
def kb():
    return "Package_%sfor_KB%d~31bf3856ad364e35~amd64~~6.1.%d.%d" % (pick("", "", "1_", "2_"), R.randint(2500000, 3200000), R.randint(1, 3), R.randint(0, 8))


def csi():
    return "%08x" % R.randint(1, 4000)


def csits():
    return "%s@2016/9/%d:%d:%02d:%02d.%03d" % (csi(), R.randint(27, 30), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def sessid():
    return "3054%04d_%d" % (R.randint(0, 9999), R.randint(10**9, 4 * 10**9))


HR_MAN = "[HRESULT = 0x800f080d - CBS_E_MANIFEST_INVALID_ITEM]"

system("Windows", [
    (34, "Read out cached package applicability for package: <*>, ApplicableState: <*>, CurrentState:<*>", lambda: (kb(), pick("112", "80", "0"), pick("112", "0", "5"))),
    (22, "Warning: Unrecognized packageExtended attribute.", lambda: ()),
    (16, "Expecting attribute name " + HR_MAN, lambda: ()),
    (16, "Failed to get next element " + HR_MAN, lambda: ()),
    (8, "Session: <*> initialized by client <*>.", lambda: (sessid(), pick("WindowsUpdateAgent", "WindowsUpdateAgent", "DISM Package Manager Provider"))),
    (6, "Session: <*> finalized. Reboot required: no [HRESULT = 0x00000000 - S_OK]", lambda: (sessid(),)),
    (5, "Loaded Servicing Stack v<*> with Core: <*>", lambda: ("6.1.7601.23505", "C:\\Windows\\winsxs\\amd64_microsoft-windows-servicingstack_31bf3856ad364e35_6.1.7601.23505_none_681aa442f6fed7f0\\cbscore.dll")),
    (4, "Starting TrustedInstaller initialization.", lambda: ()),
    (4, "Ending TrustedInstaller initialization.", lambda: ()),
    (4, "Starting the TrustedInstaller main loop.", lambda: ()),
    (4, "TrustedInstaller service starts successfully.", lambda: ()),
    (4, "SQM: Initializing online with Windows opt-in: False", lambda: ()),
    (4, "SQM: Cleaning up report files older than 10 days.", lambda: ()),
    (4, "SQM: Requesting upload of all unsent reports.", lambda: ()),
    (4, "SQM: Failed to start upload with file pattern: <*>, flags: <*> [HRESULT = 0x80004005 - E_FAIL]", lambda: ("C:\\Windows\\servicing\\sqm\\*_std.sqm", "0x2")),
    (4, "SQM: Failed to start standard sample upload. [HRESULT = 0x80004005 - E_FAIL]", lambda: ()),
    (4, "SQM: Queued <*> file(s) for upload with pattern: <*>, flags: <*>", lambda: ("0", "C:\\Windows\\servicing\\sqm\\*_all.sqm", "0x6")),
    (4, "SQM: Warning: Failed to upload all unsent reports. [HRESULT = 0x80004005 - E_FAIL]", lambda: ()),
    (3, "No startup processing required, TrustedInstaller service was not set as autostart, or else a reboot is still pending.", lambda: ()),
    (3, "NonStart: Checking to ensure startup processing was not required.", lambda: ()),
    (3, "NonStart: Success, startup processing not required as expected.", lambda: ()),
    (3, "Startup processing thread terminated normally", lambda: ()),
    (3, "Ending the TrustedInstaller main loop.", lambda: ()),
    (3, "Starting TrustedInstaller finalization.", lambda: ()),
    (3, "Ending TrustedInstaller finalization.", lambda: ()),
    (2, "Idle processing thread terminated normally", lambda: ()),
    (2, "Trusted Installer is shutting down because: SHUTDOWN_REASON_AUTOSTOP", lambda: ()),
    (4, "<*> WcpInitialize (wcp.dll version <*>) called (stack <*>)", lambda: (csits(), "0.0.0.6", " ".join("@0x7fe" + hexs(7) for _ in range(6)))),
    (3, "<*> Creating NT transaction (seq <*>), objectname [<*>]\"(null)\"", lambda: (csi(), str(R.randint(1, 3)), "6")),
    (3, "<*> Created NT transaction (seq <*>) result <*>, handle <*>", lambda: (csi(), str(R.randint(1, 3)), "0x00000000", "@0x" + hexs(3))),
    (3, "<*> Beginning NT transaction commit...", lambda: (csits(),)),
    (3, "<*> CSI perf trace:", lambda: (csits(),)),
    (3, "CSIPERF:TXCOMMIT;<*>", lambda: (str(R.randint(5000, 90000)),)),
    (1, "Failed to internally open package. [HRESULT = 0x800f0805 - CBS_E_INVALID_PACKAGE]", lambda: ()),
    (1, "Failed to create internal package [HRESULT = 0x800f0805 - CBS_E_INVALID_PACKAGE]", lambda: ()),
    (1, "Failed to OpenPackage using worker session [HRESULT = 0x800f0805]", lambda: ()),
    (1, "Unloading offline registry hive: <*>", lambda: ("{bf1a281b-ad7b-4476-ac95-f47682990ce7}GLOBALROOT/Device/HarddiskVolumeShadowCopy%d/Windows/System32/config/%s" % (R.randint(1, 9), pick("SOFTWARE", "SYSTEM", "COMPONENTS")),)),
    (1, "Scavenge: Begin CSI Store", lambda: ()),
    (1, "Scavenge: Completed, disposition: <*>", lambda: ("0x00000000",)),
])

# ---------------------------------------------------------------- Linux (2005 syslog, host combo)
def lip():
    return ip()


def ldate():
    return "%s %s %2d %02d:%02d:%02d 2005" % (pick("Sun", "Mon", "Tue", "Sat"), pick("Jun", "Jul"), R.randint(1, 30), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def rhost():
    return pick(lip(), "%s.%s" % (lip().replace(".", "-"), pick("bflony.adelphia.net", "dynamic.hinet.net", "adsl.xs4all.nl")), "%s.virtua.com.br" % hexs(6))


system("Linux", [
    (34, "authentication failure; logname= uid=<*> euid=<*> tty=<*> ruser= rhost=<*>", lambda: ("0", "0", "NODEVssh", rhost())),
    (18, "authentication failure; logname= uid=<*> euid=<*> tty=<*> ruser= rhost=<*>  user=<*>", lambda: ("0", "0", "NODEVssh", rhost(), pick("root", "root", "test", "guest"))),
    (18, "check pass; user unknown", lambda: ()),
    (14, "session opened for user <*> by (uid=<*>)", lambda: (pick("cyrus", "news", "root", "test"), "0")),
    (13, "session closed for user <*>", lambda: (pick("cyrus", "news", "root", "test"),)),
    (14, "connection from <*> (<*>) at <*>", lambda: (lip(), pick("", "%s.static.example.net" % hexs(6)), ldate())),
    (5, "ALERT exited abnormally with [<*>]", lambda: ("1",)),
    (6, "<*> startup succeeded", lambda: (pick("sshd", "xinetd", "cups", "portmap", "irqbalance", "syslog", "klogd", "rpc.statd", "crond", "anacron", "atd", "named", "httpd"),)),
    (3, "<*> shutdown succeeded", lambda: (pick("sshd", "xinetd", "cups", "portmap", "syslogd", "klogd"),)),
    (2, "klogd <*>, log source = <*> started.", lambda: ("1.4.1", "/proc/kmsg")),
    (2, "syslogd <*>: restart.", lambda: ("1.4.1",)),
    (2, "Kernel command line: <*>", lambda: ("ro root=LABEL=/ rhgb quiet",)),
    (1, "Linux version <*> (<*>) (gcc version <*> (Red Hat Linux <*>)) <*>", lambda: ("2.6.5-1.358", "bhcompile@bugs.build.redhat.com", "3.3.3 20040412", "3.3.3-7", "#1 Sat May 8 09:04:50 EDT 2004")),
    (1, "BIOS-provided physical RAM map:", lambda: ()),
    (3, "BIOS-e820: <*> - <*> (<*>)", lambda: ("00000000%08x" % R.randint(0, 2**24), "00000000%08x" % R.randint(0, 2**24), pick("usable", "reserved", "ACPI data"))),
    (1, "<*> HIGHMEM available.", lambda: ("0MB",)),
    (1, "<*> LOWMEM available.", lambda: ("125MB",)),
    (1, "zapping low mappings.", lambda: ()),
    (1, "On node <*> totalpages: <*>", lambda: ("0", "32752")),
    (2, "<*> zone: <*> pages, LIFO batch:<*>", lambda: (pick("DMA", "Normal", "HighMem"), str(R.randint(0, 30000)), str(R.randint(1, 6)))),
    (1, "DMI <*> present.", lambda: ("2.3",)),
    (1, "ACPI disabled because your bios is from <*> and too old", lambda: ("2000",)),
    (1, "Built <*> zonelists", lambda: ("1",)),
    (1, "Initializing CPU#<*>", lambda: ("0",)),
    (1, "Detected <*> MHz processor.", lambda: ("731.219",)),
    (1, "Using tsc for high-res timesource", lambda: ()),
    (1, "Console: colour VGA+ <*>", lambda: ("80x25",)),
    (1, "Memory: <*> available (<*> kernel code, <*> reserved, <*> data, <*> init, <*> highmem)", lambda: ("125312k/131008k", "1540k", "5084k", "629k", "144k", "0k")),
    (1, "Calibrating delay loop... <*> BogoMIPS", lambda: ("1445.88",)),
    (1, "SELinux:  Initializing.", lambda: ()),
    (1, "SELinux:  Starting in permissive mode", lambda: ()),
    (1, "There is already a security framework initialized, register_security failed.", lambda: ()),
    (2, "<*> hash table entries: <*> (order: <*>, <*> bytes)", lambda: (pick("Dentry cache", "Inode-cache", "Mount-cache"), str(2 ** R.randint(9, 14)), str(R.randint(0, 4)), str(2 ** R.randint(12, 16)))),
    (1, "CPU: L1 I cache: <*>, L1 D cache: <*>", lambda: ("16K", "16K")),
    (1, "CPU: L2 cache: <*>", lambda: ("256K",)),
    (1, "Intel machine check architecture supported.", lambda: ()),
    (1, "Intel machine check reporting enabled on CPU#<*>.", lambda: ("0",)),
    (1, "Checking 'hlt' instruction... OK.", lambda: ()),
    (1, "NET: Registered protocol family <*>", lambda: (str(R.randint(1, 17)),)),
    (1, "audit(<*>): initialized", lambda: ("1122475266.4294965305:0",)),
    (3, "ANONYMOUS FTP LOGIN FROM <*>, (anonymous)", lambda: (lip(),)),
    (2, "FAILED LOGIN <*> FROM <*> FOR <*>, Authentication failure", lambda: (str(R.randint(1, 3)), "(null)", "root")),
    (2, "running '<*>' with root privileges on behalf of '<*>'", lambda: (pick("/usr/share/hwbrowser/hwbrowser", "/sbin/halt", "/usr/bin/system-config-network"), pick("test", "root"))),
    (2, "Received SNMP packet(s) from <*>", lambda: (lip(),)),
    (1, "Bluetooth: Core ver <*>", lambda: ("2.4",)),
    (1, "Bluetooth: HCI device and connection manager initialized", lambda: ()),
    (2, "<*>: page allocation failure. order:<*>, mode:<*>", lambda: (pick("httpd", "kswapd0", "sendmail"), "0", "0x" + hexs(2))),
    (2, "Out of Memory: Killed process <*> (<*>).", lambda: (str(R.randint(1000, 32000)), pick("httpd", "java", "named"))),
    (1, "Unknown command <*>", lambda: ("SITE",)),
    (1, "Couldn't open <*>: No such file or directory", lambda: ("/etc/ssh/ssh_host_dsa_key",)),
])

# ---------------------------------------------------------------- Android (Huawei phone, 2017)
def lockid():
    return str(R.randint(10**7, 3 * 10**8))


PKG = [("com.android.phone", "1001"), ("com.android.systemui", "10018"), ("android", "1000"), ("com.tencent.mm", "10116"), ("com.huawei.android.launcher", "10012"), ("com.google.android.gms", "10019")]
TAGS = ["RILJ_ACK_WL", "WindowManager", "*alarm*", "NlpWakeLock", "GCM_CONN_ALARM", "AudioMix", "PhoneWindowManager.mPowerKeyWakeLock", "WakeLock[ScreenOn]"]


def lockargs(rel):
    p, uid = R.choice(PKG)
    return (lockid(), "0x" + pick("1", "0", "10000001"), R.choice(TAGS), p, pick("null", "WorkSource{%s}" % uid), uid, str(R.randint(600, 30000)))


def token():
    return "AppWindowToken{%s token=Token{%s ActivityRecord{%s u0 %s t%d}}}" % (hexs(7), hexs(7), hexs(7), pick("com.tencent.mm/.ui.LauncherUI", "com.huawei.android.launcher/.unihome.UniHomeLauncher", "com.android.settings/.Settings", "com.android.systemui/.recents.RecentsActivity"), R.randint(1, 900))


system("Android", [
    (22, "acquire lock=<*>, flags=<*>, tag=\"<*>\", name=<*>, ws=<*>, uid=<*>, pid=<*>", lambda: lockargs(False)),
    (22, "release:lock=<*>, flg=<*>, tag=\"<*>\", name=<*>, ws=<*>, uid=<*>, pid=<*>", lambda: lockargs(True)),
    (12, "ready=<*>,policy=<*>,wakefulness=<*>,wksummary=<*>,uasummary=<*>,bootcompleted=<*>,boostinprogress=<*>,waitmodeenable=<*>,mode=<*>,manual=<*>,auto=<*>,adj=<*>userId=<*>", lambda: (pick("true", "false"), pick("3", "0", "2"), pick("1", "0"), "0x" + hexs(2).lstrip("0"), "0x" + str(R.randint(0, 3)), "true", "false", "false", "false", str(R.randint(10, 255)), "-1", "0.0", "0")),
    (10, "Animating brightness: target=<*>, rate=<*>", lambda: (str(R.randint(0, 255)), pick("0", "40", "200"))),
    (10, "Skipping <*> -- going to hide", lambda: (token(),)),
    (8, "printFreezingDisplayLogsopening app wtoken = <*>, allDrawn= <*>, startingDisplayed =  <*>, startingMoved =  <*>, isRelaunching =  <*>", lambda: (token(), pick("false", "true"), pick("false", "true"), "false", "false")),
    (7, "Failure taking screenshot for (<*>) to layer <*>", lambda: (pick("328x583", "720x1280"), str(R.randint(21000, 22100)))),
    (6, "handleMessage(<*>)", lambda: (pick("MSG_UPDATE_POWER_STATE", "MSG_SCREEN_ON_BLOCKED"),)),
    (6, "setSystemUiVisibility vis=<*> mask=<*> oldVal=<*> newVal=<*> diff=<*> fullscreenStackVis=<*> dockedStackVis=<*>, fullscreenStackBounds=<*>, dockedStackBounds=<*>", lambda: (hexs(R.randint(1, 8)).lstrip("0") or "0", pick("1", "ffffffff"), hexs(8), hexs(8), hexs(R.randint(1, 8)).lstrip("0") or "0", "0", "0", "Rect(0, 0 - 0, 0)", "Rect(0, 0 - 0, 0)")),
    (6, "getRunningAppProcesses: caller <*> does not hold REAL_GET_TASKS; limiting output", lambda: (pick("10089", "10116", "10102"),)),
    (5, "SendBroadcastPermission: action:<*>, mPermissionType:<*>", lambda: (pick("android.intent.action.SCREEN_OFF", "android.intent.action.SCREEN_ON", "android.intent.action.TIME_TICK", "android.intent.action.BATTERY_CHANGED"), "0")),
    (4, "DisplayPowerStatesetColorFadeLevel: level=<*>", lambda: (pick("1.0", "0.0"),)),
    (4, "Start proc <*>:<*>/<*> for <*> <*>", lambda: (str(R.randint(1000, 32000)), pick("com.android.settings", "com.tencent.mm:push", "com.huawei.systemmanager:service"), pick("1000", "u0a116"), pick("activity", "service", "broadcast"), pick("com.android.settings/.Settings", "com.tencent.mm/.booter.CoreService"))),
    (3, "START u0 {<*>} from uid <*>", lambda: (pick("act=android.intent.action.MAIN cat=[android.intent.category.HOME] flg=0x10200000 cmp=com.huawei.android.launcher/.unihome.UniHomeLauncher", "flg=0x10000000 cmp=com.tencent.mm/.ui.LauncherUI"), pick("1000", "10116"))),
    (3, "cleanUpApplicationRecord -- <*>", lambda: (str(R.randint(1000, 32000)),)),
    (3, "Killing <*>:<*>/<*> (adj <*>): <*>", lambda: (str(R.randint(1000, 32000)), pick("com.android.settings", "com.huawei.hwid"), pick("1000", "u0a45"), str(R.randint(800, 906)), pick("empty #17", "empty for 1800s"))),
    (3, "updateIsPoweredLocked: wasPowered=<*>, mIsPowered=<*>, oldPlugType=<*>, mPlugType=<*>, mBatteryLevel=<*>", lambda: (pick("true", "false"), pick("true", "false"), pick("0", "2"), pick("0", "2"), str(R.randint(1, 100)))),
    (3, "Reconfiguring input devices.  changes=<*>", lambda: ("0x" + pick("00000010", "00000004"),)),
    (2, "Layer <*> destroy", lambda: (pick("Surface(name=com.tencent.mm/com.tencent.mm.ui.LauncherUI)", "Surface(name=StatusBar)"),)),
    (2, "setLightsOn(true)", lambda: ()),
    (2, "onAttachedToWindow: window = <*>", lambda: ("android.view.ViewRootImpl@" + hexs(7),)),
    (2, "Screen on blocked by <*>", lambda: (pick("keyguard", "window manager"),)),
    (2, "visible is <*>", lambda: (pick("true", "false"),)),
    (2, "notifyBatteryChanged: level=<*>, status=<*>", lambda: (str(R.randint(1, 100)), pick("2", "5"))),
    (2, "Set alarm <*> type=<*> triggerAtTime=<*>", lambda: (hexs(7), pick("0", "2", "3"), str(R.randint(10**12, 2 * 10**12)))),
    (2, "getTasks: max=<*>, flags=<*>", lambda: (pick("1", "100"), "0")),
    (1, "No longer want <*> (pid <*>): empty #<*>", lambda: (pick("com.android.email", "com.huawei.hwid"), str(R.randint(1000, 32000)), str(R.randint(17, 40)))),
    (1, "Unable to start service Intent { <*> } U=0: not found", lambda: ("act=com.huawei.android.intent.action.SMARTTIME",)),
    (1, "Abort broadcast: <*>", lambda: ("android.intent.action.SCREEN_ON",)),
    (1, "ANR in <*>", lambda: ("com.huawei.android.launcher",)),
    (1, "Background start not allowed: service Intent { <*> } to <*> from pid=<*> uid=<*> pkg=<*>", lambda: ("act=com.google.android.c2dm.intent.RECEIVE", "com.tencent.mm/.booter.NotifyReceiver$NotifyService", str(R.randint(1000, 32000)), "10116", "com.tencent.mm")),
    (1, "Kill <*> as it is in blacklist", lambda: ("com.tencent.mm:push",)),
])

# ---------------------------------------------------------------- HealthApp
def hts():
    return str(1514038 * 10**6 + R.randint(0, 999) * 60000)


def totaldetail():
    return "%s##%d##%d##%d##%d##%d" % (hts(), R.randint(5000, 9000), R.randint(100000, 600000), R.randint(1000, 9999), R.randint(10000, 13000), R.randint(27000000, 28000000))


system("HealthApp", [
    (28, "onStandStepChanged <*>", lambda: (str(R.randint(3000, 9000)),)),
    (26, "onExtend:<*> <*> <*> <*>", lambda: (hts(), str(R.randint(0, 20)), "0", str(R.randint(1, 4)))),
    (16, "onReceive action: <*>", lambda: (pick("android.intent.action.SCREEN_ON", "android.intent.action.SCREEN_OFF", "android.intent.action.TIME_TICK"),)),
    (14, "processHandleBroadcastAction action:<*>", lambda: (pick("android.intent.action.SCREEN_ON", "android.intent.action.SCREEN_OFF", "android.intent.action.TIME_TICK"),)),
    (12, "flush sensor data", lambda: ()),
    (12, "REPORT : <*> <*> <*> <*>", lambda: (str(R.randint(5000, 9000)), str(R.randint(4000, 6000)), str(R.randint(100000, 200000)), str(R.randint(200, 300)))),
    (12, "setTodayTotalDetailSteps=<*>", lambda: (totaldetail(),)),
    (10, "calculateCaloriesWithCache totalCalories=<*>", lambda: (str(R.randint(100000, 200000)),)),
    (10, "calculateAltitudeWithCache totalAltitude=<*>", lambda: (str(R.randint(200, 300)),)),
    (8, "getTodayTotalDetailSteps = <*>", lambda: (totaldetail(),)),
    (7, "screen status unknown,think screen on", lambda: ()),
    (5, "insertHiHealthData() bulkSaveDetailHiHealthData fail errorCode = <*>,errorMessage = <*>", lambda: ("4", "ERR_DATA_INSERT")),
    (3, "uploadStaticSportStatDataToCloud getUploadStaticSportStatData is null", lambda: ()),
    (3, "onAccuracyChanged accuracy=<*>", lambda: (pick("0", "3"),)),
    (2, "startListenWeChat", lambda: ()),
    (2, "checkCurrentDay a new day comes , reset basicStepData", lambda: ()),
    (2, "sendSyncFailedBroadcast", lambda: ()),
    (2, "getHealthDataByType type = <*>, startTime = <*>, endTime = <*>", lambda: (str(R.randint(2, 10)), hts(), hts())),
    (2, "writeToDB stepCounter = <*>", lambda: (str(R.randint(3000, 9000)),)),
    (2, "upLoadOneMinuteDataToEngine time=<*>,step=<*>,calorie=<*>,distance=<*>", lambda: (hts(), str(R.randint(0, 120)), str(R.randint(0, 6000)), str(R.randint(0, 90)))),
    (1, "setGoalNotifiProcessed <*>", lambda: (pick("true", "false"),)),
    (1, "isScreenOn=<*>", lambda: (pick("true", "false"),)),
    (1, "registerSensorListener type=<*>", lambda: ("19",)),
    (1, "saveStepsToLocal steps=<*>", lambda: (str(R.randint(3000, 9000)),)),
    (1, "notifyUser step = <*> goal = <*>", lambda: (str(R.randint(3000, 9000)), "10000")),
])

# ---------------------------------------------------------------- Apache (error log, 2005)
system("Apache", [
    (75, "jk2_init() Found child <*> in scoreboard slot <*>", lambda: (str(R.randint(1000, 32000)), str(R.randint(6, 10)))),
    (51, "workerEnv.init() ok <*>", lambda: ("/etc/httpd/conf/workers2.properties",)),
    (48, "mod_jk child workerEnv in error state <*>", lambda: (str(R.randint(6, 10)),)),
    (4, "[client <*>] Directory index forbidden by rule: <*>", lambda: (ip(), "/var/www/html/")),
    (2, "jk2_init() Can't find child <*> in scoreboard", lambda: (str(R.randint(1000, 32000)),)),
    (2, "mod_jk child init <*> <*>", lambda: ("1", "-2")),
])

# ---------------------------------------------------------------- Proxifier
PROGS = ["chrome.exe", "chrome.exe", "chrome.exe", "Skype.exe", "YodaoDict.exe", "QQ.exe", "WeChat.exe", "firefox.exe", "git-remote-https.exe", "SogouCloud.exe", "svchost.exe *64"]
HOSTS = ["proxy.cse.cuhk.edu.hk:5070", "www.google.com:443", "clients1.google.com:443", "apis.google.com:443", "www.baidu.com:80", "mail.google.com:443", "182.254.114.110:80", "get.sogou.com:80", "dict.youdao.com:80", "203.205.151.162:443", "sinaimg.cn:443", "github.com:443", "ssl.gstatic.com:443", "play.google.com:443", "dns.weixin.qq.com:80"]


def pfx():
    return "%s - %s" % (R.choice(PROGS), R.choice(HOSTS))


def life():
    return pick("<1 sec", "00:%02d" % R.randint(0, 59), "00:%02d" % R.randint(0, 59), "%02d:%02d" % (R.randint(0, 20), R.randint(0, 59)), "%02d:%02d:%02d" % (R.randint(0, 3), R.randint(0, 59), R.randint(0, 59)))


def small():
    return str(R.randint(0, 1023))


def kbv():
    n = R.randint(1024, 1048575)
    return (str(n), "%.2f" % (n / 1024.0))


def mbv():
    n = R.randint(1048576, 9 * 10**8)
    return (str(n), "%.2f" % (n / 1048576.0))


system("Proxifier", [
    (78, "<*> open through proxy <*> HTTPS", lambda: (pfx(), "proxy.cse.cuhk.edu.hk:5070")),
    (3, "<*> open through proxy <*> SOCKS5", lambda: (pfx(), "proxy.cse.cuhk.edu.hk:5070")),
    (28, "<*> close, <*> bytes sent, <*> bytes received, lifetime <*>", lambda: (pfx(), small(), small(), life())),
    (20, "<*> close, <*> bytes sent, <*> bytes (<*> KB) received, lifetime <*>", lambda: (pfx(), small()) + kbv() + (life(),)),
    (24, "<*> close, <*> bytes (<*> KB) sent, <*> bytes (<*> KB) received, lifetime <*>", lambda: (pfx(),) + kbv() + kbv() + (life(),)),
    (5, "<*> close, <*> bytes (<*> KB) sent, <*> bytes (<*> MB) received, lifetime <*>", lambda: (pfx(),) + kbv() + mbv() + (life(),)),
    (2, "<*> close, <*> bytes (<*> KB) sent, <*> bytes received, lifetime <*>", lambda: (pfx(),) + kbv() + (small(), life())),
    (2, "<*> close, <*> bytes sent, <*> bytes (<*> MB) received, lifetime <*>", lambda: (pfx(), small()) + mbv() + (life(),)),
    (1, "<*> close, <*> bytes (<*> MB) sent, <*> bytes (<*> MB) received, lifetime <*>", lambda: (pfx(),) + mbv() + mbv() + (life(),)),
    (6, "<*> error : Could not connect through proxy <*> - Proxy server cannot establish a connection with the target, status code <*>", lambda: (pfx(), "proxy.cse.cuhk.edu.hk:5070", pick("403", "502"))),
    (3, "<*> error : Could not connect through proxy <*> - Proxy closed the connection unexpectedly.", lambda: (pfx(), "proxy.cse.cuhk.edu.hk:5070")),
    (3, "<*> error : A connection request was canceled before the completion.", lambda: (pfx(),)),
    (1, "<*> error : Could not connect to proxy <*> - connection attempt failed with error <*>", lambda: (pfx(), "proxy.cse.cuhk.edu.hk:5070", "10061")),
])

# ---------------------------------------------------------------- OpenSSH (LabSZ)
SSHIP = ["173.234.31.186", "112.95.230.3", "183.62.140.253", "187.141.143.180", "103.99.0.122", "5.188.10.180", "119.137.62.142", "52.80.34.196", "106.5.5.195", "202.100.179.208", "185.190.58.151"]


def sip():
    return R.choice(SSHIP) if R.random() < 0.7 else ip()


def shost():
    return pick("ns.marryaldkfaczcz.com", "%s.dynamic-dsl-ip.omantel.net.om" % ".".join(str(R.randint(1, 254)) for _ in range(4)), "static-%d.hinet-ip.hinet.net" % R.randint(1, 254), "%d-%d-%d-%d.rev.cloud.scaleway.com" % tuple(R.randint(1, 254) for _ in range(4)))


def suser():
    return pick("admin", "test", "support", "webmaster", "oracle", "ubnt", "git", "user", "pi", "guest", "0", "ftpuser")


EMPTIED = set()


def suser_once_empty(key):
    """sshd prints an empty user name for a client that sent none ("Invalid user  from ..."): same
    statement, empty value; one such line per statement."""
    if key not in EMPTIED:
        EMPTIED.add(key)
        return ""
    return suser()


system("OpenSSH", [
    (38, "pam_unix(sshd:auth): authentication failure; logname= uid=<*> euid=<*> tty=<*> ruser= rhost=<*>  user=<*>", lambda: ("0", "0", "ssh", sip(), "root")),
    (12, "pam_unix(sshd:auth): authentication failure; logname= uid=<*> euid=<*> tty=<*> ruser= rhost=<*>", lambda: ("0", "0", "ssh", pick(sip(), shost()))),
    (36, "Failed password for <*> from <*> port <*> ssh2", lambda: ("root", sip(), port())),
    (14, "Failed password for invalid user <*> from <*> port <*> ssh2", lambda: (suser(), sip(), port())),
    (18, "reverse mapping checking getaddrinfo for <*> [<*>] failed - POSSIBLE BREAK-IN ATTEMPT!", lambda: (shost(), sip())),
    (11, "Invalid user <*> from <*>", lambda: (suser_once_empty("iu"), sip())),
    (11, "input_userauth_request: invalid user <*> [preauth]", lambda: (suser_once_empty("ua"),)),
    (10, "pam_unix(sshd:auth): check pass; user unknown", lambda: ()),
    (14, "Received disconnect from <*>: <*>: <*> [preauth]", lambda: (sip(), "11", pick("Bye Bye", "Bye Bye", "disconnected by user", "Closed due to user request."))),
    (5, "message repeated <*> times: [ Failed password for <*> from <*> port <*> ssh2]", lambda: (str(R.randint(2, 5)), "root", sip(), port())),
    (5, "Disconnecting: Too many authentication failures for <*> [preauth]", lambda: ("root",)),
    (5, "PAM <*> more authentication failures; logname= uid=<*> euid=<*> tty=<*> ruser= rhost=<*>  user=<*>", lambda: (str(R.randint(1, 5)), "0", "0", "ssh", sip(), "root")),
    (4, "PAM service(sshd) ignoring max retries; <*> > <*>", lambda: ("6", "3")),
    (4, "error: maximum authentication attempts exceeded for <*> from <*> port <*> ssh2 [preauth]", lambda: ("root", sip(), port())),
    (4, "Connection closed by <*> [preauth]", lambda: (sip(),)),
    (3, "Did not receive identification string from <*>", lambda: (sip(),)),
    (2, "Address <*> maps to <*>, but this does not map back to the address - POSSIBLE BREAK-IN ATTEMPT!", lambda: (sip(), shost())),
    (2, "error: Received disconnect from <*>: <*>: No more user authentication methods available. [preauth]", lambda: (sip(), "14")),
    (1, "fatal: Read from socket failed: Connection reset by peer [preauth]", lambda: ()),
    (2, "pam_unix(sshd:session): session opened for user <*> by (uid=<*>)", lambda: ("fztu", "0")),
    (2, "pam_unix(sshd:session): session closed for user <*>", lambda: ("fztu",)),
    (2, "Accepted password for <*> from <*> port <*> ssh2", lambda: ("fztu", "119.137.62.142", port())),
    (1, "Bad protocol version identification '<*>' from <*> port <*>", lambda: ("GET / HTTP/1.1", sip(), port())),
    (1, "Disconnecting: Change of username or service not allowed: (<*>) -> (<*>) [preauth]", lambda: ("root,ssh-connection", "admin,ssh-connection")),
    (1, "Connection reset by <*> port <*> [preauth]", lambda: (sip(), port())),
])

# ---------------------------------------------------------------- OpenStack (nova)
TEN = "54fadb412c4e40cdbaed9335e4c35a9e"
CNODE = "cp-1.slowvm1.tcloud-pg0.utah.cloudlab.us"


def inst():
    return "[instance: %s]" % uuid()


def tt():
    return "%.7f" % R.uniform(0.05, 0.4)


def mdsrc():
    return "10.11.21.%d,10.11.10.1" % R.randint(120, 150)


def base():
    return "/var/lib/nova/instances/_base/" + hexs(40)


system("OpenStack", [
    # The eventlet wsgi access line is one statement, but Loghub's OpenStack templates keep the
    # method and route as constants (one event per route) and split the time at its dot.
    (50, "<*> \"GET /v2/<*>/servers/detail HTTP/1.1\" status: <*> len: <*> time: <*>.<*>", lambda: ("10.11.10.1", TEN, "200", str(R.randint(1500, 2000)), "0", str(R.randint(500000, 4000000)))),
    (8, "<*> \"GET /openstack/2013-10-17/meta_data.json HTTP/1.1\" status: <*> len: <*> time: <*>.<*>", lambda: (mdsrc(), "200", str(R.randint(900, 1000)), "0", str(R.randint(1000000, 9999999)))),
    (4, "<*> \"GET /latest/meta-data/ HTTP/1.1\" status: <*> len: <*> time: <*>.<*>", lambda: (mdsrc(), "200", str(R.randint(300, 340)), "0", str(R.randint(1000000, 9999999)))),
    (3, "<*> \"GET /openstack/2013-10-17/user_data HTTP/1.1\" status: <*> len: <*> time: <*>.<*>", lambda: (mdsrc(), "404", "176", "0", str(R.randint(1000000, 9999999)))),
    (3, "<*> \"GET /openstack/2013-10-17/vendor_data.json HTTP/1.1\" status: <*> len: <*> time: <*>.<*>", lambda: (mdsrc(), "200", "124", "0", str(R.randint(1000000, 9999999)))),
    (2, "<*> \"GET /openstack/2013-10-17 HTTP/1.1\" status: <*> len: <*> time: <*>.<*>", lambda: (mdsrc(), "200", "157", "0", str(R.randint(1000000, 9999999)))),
    (5, "<*> \"POST /v2/<*>/os-server-external-events HTTP/1.1\" status: <*> len: <*> time: <*>.<*>", lambda: ("10.11.10.1", TEN, "200", "380", "0", str(R.randint(500000, 4000000)))),
    (2, "<*> \"DELETE /v2/<*>/servers/<*> HTTP/1.1\" status: <*> len: <*> time: <*>.<*>", lambda: ("10.11.10.1", TEN, uuid(), "204", "203", "0", str(R.randint(500000, 4000000)))),
    (6, "<*> VM <*> (Lifecycle Event)", lambda: (inst(), pick("Started", "Stopped", "Paused", "Resumed"))),
    (3, "<*> During sync_power_state the instance has a pending task (<*>). Skip.", lambda: (inst(), pick("spawning", "deleting"))),
    (3, "<*> Took <*> seconds to spawn the instance on the hypervisor.", lambda: (inst(), "%.2f" % R.uniform(10, 25))),
    (3, "<*> Took <*> seconds to build instance.", lambda: (inst(), "%.2f" % R.uniform(10, 25))),
    (3, "<*> Took <*> seconds to destroy the instance on the hypervisor.", lambda: (inst(), "%.2f" % R.uniform(0.3, 2))),
    (3, "<*> Took <*> seconds to deallocate network for instance.", lambda: (inst(), "%.2f" % R.uniform(0.3, 2))),
    (3, "<*> Instance destroyed successfully.", lambda: (inst(),)),
    (3, "<*> Deleting instance files <*>", lambda: (inst(), "/var/lib/nova/instances/%s_del" % uuid())),
    (3, "<*> Deletion of <*> complete", lambda: (inst(), "/var/lib/nova/instances/%s_del" % uuid())),
    (3, "<*> Attempting claim: memory <*> MB, disk <*> GB, vcpus <*> CPU", lambda: (inst(), "2048", "20", "1")),
    (3, "<*> Total memory: <*> MB, used: <*> MB", lambda: (inst(), "64172", "%d.00" % R.choice([512, 2560, 4608]))),
    (3, "<*> memory limit: <*> MB, free: <*> MB", lambda: (inst(), "96258.00", "%d.00" % R.randint(90000, 95746))),
    (3, "<*> Total disk: <*> GB, used: <*> GB", lambda: (inst(), "15", "%d.00" % R.choice([0, 20, 40]))),
    (3, "<*> disk limit not specified, defaulting to unlimited", lambda: (inst(),)),
    (3, "<*> Total vcpu: <*> VCPU, used: <*> VCPU", lambda: (inst(), "16", "%d.00" % R.randint(0, 3))),
    (3, "<*> vcpu limit not specified, defaulting to unlimited", lambda: (inst(),)),
    (3, "<*> Claim successful", lambda: (inst(),)),
    (2, "<*> Creating image", lambda: (inst(),)),
    (2, "<*> Terminating instance", lambda: (inst(),)),
    (5, "Auditing locally available compute resources for node <*>", lambda: (CNODE,)),
    (4, "Total usable vcpus: <*>, total allocated vcpus: <*>", lambda: ("16", str(R.randint(0, 3)))),
    (4, "Final resource view: name=<*> phys_ram=<*> used_ram=<*> phys_disk=<*> used_disk=<*> total_vcpus=<*> used_vcpus=<*> pci_stats=[]", lambda: (CNODE, "64172MB", "%dMB" % R.choice([512, 2560, 4608]), "15GB", "%dGB" % R.choice([0, 20, 40]), "16", str(R.randint(0, 3)))),
    (4, "Compute_service record updated for <*>", lambda: ("%s:%s" % (CNODE, CNODE),)),
    (3, "Active base files: <*>", lambda: (base(),)),
    (3, "image <*> at (<*>): checking", lambda: (uuid(), base())),
    (3, "image <*> at (<*>): in use: on this node <*> local, <*> on other nodes sharing this instance storage", lambda: (uuid(), base(), str(R.randint(1, 3)), "0")),
    (2, "Base or swap file too young to remove: <*>", lambda: (base(),)),
    (1, "Removable base files: <*>", lambda: (base(),)),
    (1, "Unknown base file: <*>", lambda: (base(),)),
    (2, "The instance sync for host '<*>' did not match. Re-created its InstanceList.", lambda: (CNODE,)),
    (1, "Successfully synced instances from host '<*>'.", lambda: (CNODE,)),
    (2, "While synchronizing instance power states, found <*> instances in the database and <*> instances on the hypervisor.", lambda: (str(R.randint(0, 3)), str(R.randint(0, 3)))),
    (2, "HTTP exception thrown: No instances found for any event", lambda: ()),
    (2, "Creating event <*> for instance <*>", lambda: ("network-vif-plugged:" + uuid(), uuid())),
])

# ---------------------------------------------------------------- Mac (MacBook, 2017)
def arpt():
    return "%d.%06d" % (R.randint(600000, 800000), R.randint(0, 999999))


def macip():
    return "10.105.%d.%d" % (R.randint(160, 163), R.randint(1, 254))


system("Mac", [
    (14, "ARPT: <*>: AirPort_Brcm43xx::syncPowerState: WWEN[<*>]", lambda: (arpt(), "enabled")),
    (8, "ARPT: <*>: AirPort_Brcm43xx::platformWoWEnable: WWEN[<*>]", lambda: (arpt(), pick("enable", "disable"))),
    (6, "ARPT: <*>: wl0: setup_keepalive: interval <*>, retry_interval <*>, retry_count <*>", lambda: (arpt(), "900", "30", "10")),
    (4, "ARPT: <*>: wl0: setup_keepalive: Local IP: <*>, Remote IP: <*>", lambda: (arpt(), macip(), ip())),
    (4, "ARPT: <*>: wl0: MDNS: IPV4 Addr: <*>", lambda: (arpt(), macip())),
    (3, "ARPT: <*>: wl0: wl_update_tcpkeep_seq: Original Seq: <*>, Ack: <*>, Win size: <*>", lambda: (arpt(), str(R.randint(10**8, 4 * 10**9)), str(R.randint(10**8, 4 * 10**9)), str(R.randint(1000, 9000)))),
    (3, "ARPT: <*>: wl0: wl_update_tcpkeep_seq: Updated seq/ack/win from UserClient Seq <*>, Ack <*>, Win size <*>", lambda: (arpt(), str(R.randint(10**8, 4 * 10**9)), str(R.randint(10**8, 4 * 10**9)), str(R.randint(1000, 9000)))),
    (7, "AirPort: Link Down on <*>. Reason <*> (<*>).", lambda: (pick("awdl0", "en0"),) + pick(("1", "Unspecified"), ("8", "Disassociated because station leaving"), ("4", "Disassociated due to inactivity"))),
    (5, "AirPort: Link Up on <*>", lambda: (pick("awdl0", "en0"),)),
    (5, "Wake reason: <*>", lambda: (pick("ARPT (Network)", "RTC (Alarm)", "EC.LidOpen (User)", "XHC1"),)),
    (4, "Previous sleep cause: <*>", lambda: ("5",)),
    (3, "RTC: Maintenance <*>, sleep <*>", lambda: ("2017/7/%d %02d:%02d:%02d" % (R.randint(1, 9), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), "2017/7/%d %02d:%02d:%02d" % (R.randint(1, 9), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)))),
    (4, "en0: BSSID changed to <*>", lambda: (mac(),)),
    (3, "en0: channel changed to <*>", lambda: (pick("1", "6", "11", "36", "149", "1,+1"),)),
    (3, "Setting BTCoex Config: enable_2G:<*>, profile_2g:<*>, enable_5G:<*>, profile_5G:<*>", lambda: ("1", "0", "1", "0")),
    (3, "en0: 802.11d country code set to '<*>'.", lambda: (pick("US", "CN", "X3"),)),
    (2, "en0: Supported channels <*>", lambda: ("1 2 3 4 5 6 7 8 9 10 11 12 13 36 40 44 48 52 56 60 64 100 104 108 112 116 120 124 128 132 136 140 144 149 153 157 161 165",)),
    (4, "AppleThunderboltNHIType2::prePCIWake - power up complete - took <*> us", lambda: (str(R.randint(1, 3)),)),
    (3, "AppleThunderboltGenericHAL::earlyWake - complete - took <*> milliseconds", lambda: (str(R.randint(0, 2)),)),
    (3, "IOThunderboltSwitch<<*>>(<*>)::listenerCallback - Thunderbolt HPD packet for route = <*> port = <*> unplug = <*>", lambda: ("0xffffff80" + hexs(8), "0x0", "0x0", pick("11", "12"), "0")),
    (3, "PM response took <*> ms (<*>, <*>)", lambda: (str(R.randint(1000, 9000)), str(R.randint(50, 400)), pick("powerd", "WindowServer", "mDNSResponder"))),
    (2, "AppleCamIn::systemWakeCall - messageType = <*>", lambda: (pick("0xE0000340", "0xE0000280"),)),
    (2, "AppleCamIn::wakeEventHandlerThread", lambda: ()),
    (2, "hibernate_page_list_setall(preflight <*>) start", lambda: (pick("0", "1"),)),
    (2, "hibernate image path: <*>", lambda: ("/var/vm/sleepimage",)),
    (1, "hibernate_teardown completed - discarded <*>", lambda: (str(R.randint(10000, 99999)),)),
    (2, "USBMSC Identifier (non-unique): <*> <*> <*> <*>, <*>", lambda: ("000000009833", "0x5ac", "0x8406", "0x820", "3")),
    (3, "Sandbox: <*>(<*>) deny(<*>) <*> <*>", lambda: (pick("com.apple.Addres", "QQ", "Mail"), str(R.randint(300, 40000)), "1", pick("network-outbound", "file-read-data"), "/private/var/run/mDNSResponder")),
    (2, "**** [IOBluetoothHostControllerUSBTransport][SuspendDevice] -- Suspend -- suspendDeviceCallResult = <*> (<*>) -- <*> ****", lambda: ("0x0000", "kIOReturnSuccess", "0x" + hexs(4))),
    (2, "IO80211AWDLPeerManager::setAwdlSuspendedMode() Resuming AWDL", lambda: ()),
    (2, "process <*>[<*>] caught causing excessive wakeups. Observed wakeups rate (per sec): <*>; Maximum permitted wakeups rate (per sec): <*>; Observation period: <*> seconds; Task lifetime number of wakeups: <*>", lambda: (pick("QQ", "WeChat", "Microsoft Word"), str(R.randint(300, 40000)), str(R.randint(150, 999)), "150", "300", str(R.randint(45001, 99999)))),
    (3, "Endpoint has been activated through legacy launch(3) APIs. Please switch to XPC or bootstrap_check_in(): <*>", lambda: (pick("com.apple.quicklook", "com.apple.imdpersistence.IMDPersistenceAgent"),)),
    (2, "Path not allowed in target domain: type = pid, path = <*> error = <*>: <*>, origin = <*>", lambda: ("/System/Library/PrivateFrameworks/SafariShared.framework/Versions/A/XPCServices/com.apple.Safari.SearchHelper.xpc", "147", "The specified service did not ship in the requestor's bundle", "/Applications/Safari.app/Contents/MacOS/Safari")),
    (2, "Service only ran for <*> seconds. Pushing respawn out by <*> seconds.", lambda: (str(R.randint(0, 9)), "10")),
    (2, "CCFile::captureLog Received Capture notice id: <*>, reason = <*>", lambda: ("%d.%06d" % (R.randint(1498700000, 1499200000), R.randint(0, 999999)), pick("AssocFail:sts:2_rsn:0", "AuthFail:sts:5_rsn:0"))),
    (2, "CCFile::copyFile fileName is <*>, source path:<*>, dest path:<*>", lambda: ("[2017-07-0%d_%02d:%02d:%02d.%06d]-AirPortBrcm4360_Logs-%03d.txt" % (R.randint(1, 9), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999999), R.randint(0, 20)), "/var/log/CoreCapture/com.apple.driver.AirPort.Brcm4360.0/DriverLogs//", "/Library/Logs/CrashReporter/CoreCapture/com.apple.driver.AirPort.Brcm4360.0/DriverLogs")),
    (1, "CCIOReporterFormatter::addRegistryChildToChannelDictionary streams <*>", lambda: ("7",)),
    (2, "FA||Url||taskID[<*>] dealloc", lambda: (str(R.randint(2019000000, 2019999999)),)),
    (2, "tcp_connection_destination_perform_socket_connect <*> connectx to <*> failed: [<*>] <*>", lambda: (str(R.randint(100, 30000)), "%s:80@0" % ip(), pick("50", "65"), pick("Network is down", "No route to host"))),
    (2, "mDNS_RegisterInterface: Frequent transitions for interface <*> (<*>)", lambda: ("en0", pick(macip(), "FE80:0000:0000:0000:%s:%s:%s:%s" % (hexs(4).upper(), hexs(4).upper(), hexs(4).upper(), hexs(4).upper())))),
    (2, "__73-[NetworkAnalyticsEngine observeValueForKeyPath:ofObject:change:context:]_block_invoke unexpected switch value <*>", lambda: ("2",)),
    (1, "nw_nat64_post_new_ifstate successfully changed NAT64 ifstate from <*> to <*>", lambda: ("0x4", "0x8000000000000000")),
    (2, "<*> : BTLE scanner Powered <*>", lambda: ("%02d:%02d:%02d.%03d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)), pick("On", "Off"))),
    (1, "<*> : SDStatusMonitor::kStatusWirelessPowerChanged", lambda: ("%02d:%02d:%02d.%03d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999)),)),
    (2, "CGXDisplayDidWakeNotification [<*>]: posting kCGSDisplayDidWake", lambda: (str(R.randint(7 * 10**14, 8 * 10**14)),)),
    (2, "device_generate_desktop_screenshot: authw <*>, shield <*>", lambda: ("0x0(0)", "0x7fcb%s(2001)" % hexs(8))),
    (1, "device_generate_lock_screen_screenshot: authw <*>, shield <*>", lambda: ("0x0(0)", "0x7fcb%s(2001)" % hexs(8))),
    (2, "-[SFLListManager(ServiceReplyProtocol) notifyChanges:toListWithIdentifier:] Notified of item changes to list with identifier <*>", lambda: (pick("com.apple.LSSharedFileList.RecentApplications", "com.apple.LSSharedFileList.RecentDocuments"),)),
    (2, "Captive: [CNInfoNetworkActive:<*>] <*>: SSID '<*>' making interface primary (<*>)", lambda: ("1748", "en0", pick("CalVisitor", "CUHK1x", "eduroam"), pick("protected network", "cache indicates no captive"))),
    (2, "Captive: CNPluginHandler <*>: <*>", lambda: ("en0", pick("Evaluating", "Authenticated", "Inactive"))),
    (1, "dnssd_clientstub ConnectToServer: connect()-> No of tries: <*>", lambda: (str(R.randint(1, 3)),)),
    (1, "securityd_xpc_dictionary_handler <*> copy_matching Error Domain=NSOSStatusErrorDomain Code=-50 \"query missing class name\" (paramErr: error in user parameter list) UserInfo={NSDescription=query missing class name}", lambda: ("cloudd[%d]" % R.randint(300, 400),)),
    (1, "SecTaskLoadEntitlements failed error=<*>", lambda: ("22",)),
    (1, "[com.apple.calendar.store.log.caldav.queue] [Adding [<CalDAVAccountRefreshQueueableOperation: <*>; Sequence: <*>>] to failed operations.]", lambda: ("0x7f" + hexs(10), "0")),
    (1, "IOHIDEventQueue unable to get policy for event of type <*>. (<*>)", lambda: ("11", "e00002e8")),
    (1, "Location icon should now be in state '<*>'", lambda: (pick("Active", "Inactive"),)),
    (1, "Bluetooth -- LE is supported - Disable LE meta event", lambda: ()),
    (1, "Sleep failure code <*> <*>", lambda: ("0x00000000", "0x1f006900")),
    (1, "vm_compressor_flush - starting", lambda: ()),
    (1, "efi pagecount <*>", lambda: ("65",)),
    (1, "[HID] [MT] AppleMultitouchDevice::willTerminate entered", lambda: ()),
    (1, "-[NETClientConnection evaluateCrazyIvan46] CI46 - Perform CrazyIvan46! CI46 - Not in use: <*>", lambda: ("0",)),
    (1, "ThermalStatus: <*>", lambda: ("0",)),
])


# ---------------------------------------------------------------- rendering and checks
def render(template, values):
    parts = template.split("<*>")
    assert len(parts) == len(values) + 1, (template, values)
    out = [parts[0]]
    for v, p in zip(values, parts[1:]):
        assert "\t" not in v and "\n" not in v, (template, v)
        out.append(v)
        out.append(p)
    return "".join(out)


def token_regex(template):
    return re.compile("^" + "\\S*".join(re.escape(p) for p in template.split("<*>")) + "$")


def any_regex(template):
    return re.compile("^" + "(.*?)".join(re.escape(p) for p in template.split("<*>")) + "$", re.S)


def main():
    out = sys.stdout
    out.write("style\tevent\tsource\tmessage\n")
    for name, events in SYSTEMS:
        templates = [t for _, t, _ in events]
        assert len(set(templates)) == len(templates), name
        tok = [token_regex(t) for t in templates]
        own = [any_regex(t) for t in templates]
        rows = []
        seen = {}
        for i, (count, template, gen) in enumerate(events):
            eid = "%s-E%d" % (name, i + 1)
            for _ in range(count):
                msg = render(template, tuple(gen()))
                assert "\t" not in msg and "\n" not in msg, msg
                assert own[i].match(msg), (eid, msg)
                if seen.setdefault(msg, eid) != eid:
                    raise SystemExit("message %r has two labels: %s, %s" % (msg, seen[msg], eid))
                for j, rx in enumerate(tok):
                    if j != i and rx.match(msg):
                        raise SystemExit("message %r of %s matches template of %s-E%d: %r" % (msg, eid, name, j + 1, templates[j]))
                rows.append((eid, msg))
        R.shuffle(rows)
        for eid, msg in rows:
            out.write("%s\t%s\t%s\t%s\n" % (name, eid, "recreated from memory (Loghub-2k %s)" % name, msg))


if __name__ == "__main__":
    main()
