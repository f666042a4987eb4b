#!/usr/bin/env python3
"""Writes labelled-logs-heldout8.tsv: a blind held-out set for log-template grouping accuracy (GA).

Usage: python3 generate_heldout8.py > labelled-logs-heldout8.tsv   (stdlib only, fixed seed)

Twelve kinds of systems that no earlier set uses: Nomad, containerd, Flink, WildFly, JavaGC (JDK
unified G1 logging), Gunicorn, Nagios, Sendmail, Fluentd, CiscoIOS, Juniper (Junos syslog) and
Express (a Node.js/Express service logging winston JSON). The set was written without looking at the
miner and was never scored while it was written.

Columns: style, event (true template id), source, message.
- message is what a log-parser benchmark sees: for formats with a header (timestamp, level, pid,
  thread, logger/category, syslog host and program) the part after the header, as the Loghub
  "Content" column; for logfmt (containerd) and JSON (Express) lines the whole line.
- Each event is written below as the template an annotator would write, with <*> for every value the
  logging statement fills in (words included: states, signal names, host and user names, protocols,
  multi-word reasons and plugin output); the statement's fixed words are constants even when they
  hold digits (WFLYSRV0010, %LINK-3-UPDOWN, ospf-v2, EIGRP-IPv4, dsn=2.0.0, LOG VERSION: 2.0).
- Messages whose fixed words differ are different events (Pre/Post Evacuate Collection Set,
  SNMP_TRAP_LINK_UP/DOWN, Cache hit/miss, adding match/filter, "was sent SIGKILL! Perhaps out of
  memory?" against "was sent <*>!").
- Counts per event are fixed (skewed: a few frequent events, a tail of rare ones with 1-3 lines);
  lines are shuffled within each style.
"""
import random
import sys

R = random.Random(20261127)


# ---------------------------------------------------------------- value helpers
def pick(*xs):
    return R.choice(xs)


def rint(a, b):
    return str(R.randint(a, b))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid():
    return "%s-%s-%s-%s-%s" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))


def priv_ip():
    return "10.%d.%d.%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(2, 254))


def pub_ip():
    return "%d.%d.%d.%d" % (R.choice([23, 45, 62, 77, 89, 91, 103, 138, 185, 193, 203, 212]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def iso_ts(frac=3):
    s = "2024-06-%02dT%02d:%02d:%02d" % (R.randint(1, 14), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    if frac:
        s += "." + "".join(R.choice("0123456789") for _ in range(frac))
    return s + "Z"


def ms(lo, hi, nd=3):
    return ("%." + str(nd) + "f") % R.uniform(lo, hi)


def fill(template, gens):
    parts = template.split("<*>")
    vals = []
    for g in gens:
        v = g() if callable(g) else g
        if isinstance(v, (tuple, list)):
            vals.extend(str(x) for x in v)
        else:
            vals.append(str(v))
    if len(vals) != len(parts) - 1:
        raise ValueError("template %r wants %d values, got %d" % (template, len(parts) - 1, len(vals)))
    out = [parts[0]]
    for v, p in zip(vals, parts[1:]):
        out.append(v)
        out.append(p)
    return "".join(out)


# ---------------------------------------------------------------- Nomad (hclog; content after "logger: ")
def nomad():
    allocs = [uuid() for _ in range(14)]
    tasks = ["web", "api", "worker", "redis", "nginx", "migrate", "envoy-sidecar"]
    alloc = lambda: R.choice(allocs)
    task = lambda: R.choice(tasks)
    jobs = ["payments-api", "web-frontend", "batch-reindex", "log-shipper", "cache"]

    def task_event():
        t, m, f = R.choice([
            ("Received", '"Task received by client"', "false"),
            ("Task Setup", '"Building Task Directory"', "false"),
            ("Started", '"Task started by client"', "false"),
            ("Driver", '"Downloading image"', "false"),
            ("Terminated", '"Exit Code: %d"' % R.choice([0, 0, 1, 137]), "false"),
            ("Restarting", '"Task restarting in %s"' % pick("15.9s", "17.2s", "16.01s"), "false"),
            ("Killing", '"Sent interrupt. Waiting 5s before force killing"', "false"),
            ("Driver Failure", '"failed to create container: API error (404): pull access denied"', "true"),
        ])
        return (alloc(), task(), '"%s"' % t if " " in t else t, m, f)

    def sched_result():
        return '"Total changes: (place %d) (destructive %d) (inplace %d) (stop %d) (disconnect 0) (reconnect 0)"' % (
            R.randint(0, 3), R.randint(0, 2), R.randint(0, 2), R.randint(0, 2))

    ev = [
        (30, "Task event: alloc_id=<*> task=<*> type=<*> msg=<*> failed=<*>", [task_event]),
        (22, "updated allocations: index=<*> total=<*> pulled=<*> filtered=<*>", [lambda: rint(10000, 99999), lambda: rint(3, 40), lambda: rint(0, 4), lambda: rint(0, 38)]),
        (14, "allocation updates: added=<*> removed=<*> updated=<*> ignored=<*>", [lambda: rint(0, 3), lambda: rint(0, 2), lambda: rint(0, 5), lambda: rint(0, 30)]),
        (14, "allocation updates applied: added=<*> removed=<*> updated=<*> ignored=<*> errors=<*>", [lambda: rint(0, 3), lambda: rint(0, 2), lambda: rint(0, 5), lambda: rint(0, 30), lambda: pick("0", "0", "0", "1")]),
        (11, "reconciled current state with desired state: eval_id=<*> job_id=<*> namespace=<*> results=<*>", [uuid, lambda: R.choice(jobs), lambda: pick("default", "default", "prod"), sched_result]),
        (10, "setting eval status: eval_id=<*> job_id=<*> namespace=<*> status=<*>", [uuid, lambda: R.choice(jobs), lambda: pick("default", "default", "prod"), lambda: pick("complete", "complete", "complete", "blocked")]),
        (9, "marking allocation for GC: alloc_id=<*>", [alloc]),
        (6, "garbage collecting allocation: alloc_id=<*> reason=<*>", [alloc, lambda: pick('"forced collection"', '"new allocations and over max (50)"', '"number of allocations (52) is over the limit (50)"')]),
        (6, "starting plugin: alloc_id=<*> task=<*> path=<*> args=<*>", [alloc, task, "/usr/local/bin/nomad", lambda: pick('["/usr/local/bin/nomad", "logmon"]', '["/usr/local/bin/nomad", "executor", "{\\"LogFile\\":\\"/opt/nomad/data/alloc/%s/%s/executor.out\\",\\"LogLevel\\":\\"debug\\"}"]' % (hexs(8), R.choice(tasks)))]),
        (6, "plugin started: alloc_id=<*> task=<*> path=<*> pid=<*>", [alloc, task, "/usr/local/bin/nomad", lambda: rint(2000, 60000)]),
        (5, "plugin process exited: alloc_id=<*> task=<*> path=<*> pid=<*>", [alloc, task, "/usr/local/bin/nomad", lambda: rint(2000, 60000)]),
        (4, "waiting for RPC address: alloc_id=<*> task=<*> path=<*>", [alloc, task, "/usr/local/bin/nomad"]),
        (5, "(runner) rendering <*> => <*>", [lambda: pick('"(dynamic)"', '"/local/config.tpl"'), lambda: '"/opt/nomad/data/alloc/%s/%s/%s"' % (R.choice(allocs), R.choice(tasks), pick("secrets/env.txt", "local/app.conf", "local/nginx.conf"))]),
        (3, "(runner) creating watcher", []),
        (3, "(runner) starting", []),
        (2, "(runner) stopping", []),
        (2, "node TTL expired: node_id=<*>", [uuid]),
        (2, "serf: EventMemberJoin: <*> <*>", [lambda: "nomad-server-%d.global" % R.randint(1, 5), priv_ip]),
        (1, "node registration complete", []),
        (1, "failed to reattach to executor: alloc_id=<*> task=<*> error=<*>", [alloc, task, '"error creating rpc client for executor plugin: Reattachment process not found"']),
    ]
    return ev


# ---------------------------------------------------------------- containerd (logrus logfmt; whole line)
def containerd():
    cid = lambda: hexs(64)
    pods = [("coredns-5d78c9869d-%s" % hexs(5), "kube-system"), ("web-7f9c6d8b5-%s" % hexs(5), "shop"),
            ("api-66b8d9f7c4-%s" % hexs(5), "shop"), ("node-exporter-%s" % hexs(5), "monitoring"),
            ("fluent-bit-%s" % hexs(5), "logging"), ("postgres-0", "db")]
    ctrs = ["coredns", "web", "api", "node-exporter", "fluent-bit", "postgres", "istio-proxy", "init-config"]
    plugins = [("io.containerd.snapshotter.v1.overlayfs", "io.containerd.snapshotter.v1"), ("io.containerd.snapshotter.v1.native", "io.containerd.snapshotter.v1"),
               ("io.containerd.content.v1.content", "io.containerd.content.v1"), ("io.containerd.metadata.v1.bolt", "io.containerd.metadata.v1"),
               ("io.containerd.runtime.v2.task", "io.containerd.runtime.v2"), ("io.containerd.grpc.v1.cri", "io.containerd.grpc.v1"),
               ("io.containerd.service.v1.images-service", "io.containerd.service.v1"), ("io.containerd.gc.v1.scheduler", "io.containerd.gc.v1"),
               ("io.containerd.monitor.v1.cgroups", "io.containerd.monitor.v1"), ("io.containerd.internal.v1.restart", "io.containerd.internal.v1")]
    skipped = [("io.containerd.snapshotter.v1.aufs", "io.containerd.snapshotter.v1", "aufs is not supported (modprobe aufs failed: exit status 1 \\\"modprobe: FATAL: Module aufs not found in directory /lib/modules/5.15.0-105-generic\\\\n\\\"): skip plugin"),
               ("io.containerd.snapshotter.v1.btrfs", "io.containerd.snapshotter.v1", "path /var/lib/containerd/io.containerd.snapshotter.v1.btrfs (ext4) must be a btrfs filesystem to be used with the btrfs snapshotter: skip plugin"),
               ("io.containerd.snapshotter.v1.zfs", "io.containerd.snapshotter.v1", "path /var/lib/containerd/io.containerd.snapshotter.v1.zfs must be a zfs filesystem to be used with the zfs snapshotter: skip plugin"),
               ("io.containerd.tracing.processor.v1.otlp", "io.containerd.tracing.processor.v1", "no OpenTelemetry endpoint: skip plugin")]
    ts = lambda: iso_ts(9)
    images = ["docker.io/library/nginx:1.25.4", "registry.k8s.io/coredns/coredns:v1.10.1", "ghcr.io/acme/api:2.14.0", "quay.io/prometheus/node-exporter:v1.7.0", "docker.io/library/postgres:16.2"]

    def pod():
        n, ns = R.choice(pods)
        return (n, uuid(), ns, R.choice([0, 0, 0, 1]))

    ev = [
        (34, 'time="<*>" level=info msg="loading plugin \\"<*>\\"..." type=<*>', [ts, lambda: R.choice(plugins)]),
        (7, 'time="<*>" level=info msg="skip loading plugin \\"<*>\\"..." error="<*>" type=<*>', [ts, lambda: (lambda p: (p[0], p[2], p[1]))(R.choice(skipped))]),
        (18, 'time="<*>" level=info msg="StartContainer for \\"<*>\\" returns successfully"', [ts, cid]),
        (12, 'time="<*>" level=info msg="CreateContainer within sandbox \\"<*>\\" for container &ContainerMetadata{Name:<*>,Attempt:<*>,}"', [ts, cid, lambda: R.choice(ctrs), lambda: pick(0, 0, 1, 2)]),
        (11, 'time="<*>" level=info msg="CreateContainer within sandbox \\"<*>\\" for &ContainerMetadata{Name:<*>,Attempt:<*>,} returns container id \\"<*>\\""', [ts, cid, lambda: R.choice(ctrs), lambda: pick(0, 0, 1, 2), cid]),
        (8, 'time="<*>" level=info msg="RunPodSandbox for &PodSandboxMetadata{Name:<*>,Uid:<*>,Namespace:<*>,Attempt:<*>,}"', [ts, pod]),
        (8, 'time="<*>" level=info msg="RunPodSandbox for &PodSandboxMetadata{Name:<*>,Uid:<*>,Namespace:<*>,Attempt:<*>,} returns sandbox id \\"<*>\\""', [ts, pod, cid]),
        (6, 'time="<*>" level=info msg="StopPodSandbox for \\"<*>\\""', [ts, cid]),
        (6, 'time="<*>" level=info msg="StopPodSandbox for \\"<*>\\" returns successfully"', [ts, cid]),
        (5, 'time="<*>" level=info msg="TearDown network for sandbox \\"<*>\\" successfully"', [ts, cid]),
        (6, 'time="<*>" level=info msg="PullImage \\"<*>\\""', [ts, lambda: R.choice(images)]),
        (7, 'time="<*>" level=info msg="ImageCreate event &ImageCreate{Name:<*>,Labels:map[string]string{io.cri-containerd.image: managed,},XXX_unrecognized:[],}"', [ts, lambda: pick(R.choice(images), "sha256:" + hexs(64))]),
        (6, 'time="<*>" level=info msg="shim disconnected" id=<*>', [ts, cid]),
        (6, 'time="<*>" level=warning msg="cleaning up after shim disconnected" id=<*> namespace=<*>', [ts, cid, lambda: pick("k8s.io", "k8s.io", "moby")]),
        (3, 'time="<*>" level=error msg="ContainerStatus for \\"<*>\\" failed" error="rpc error: code = NotFound desc = an error occurred when try to find container \\"<*>\\": not found"', [ts, lambda: (lambda c: (c, c))(cid())]),
        (4, 'time="<*>" level=info msg=serving... address=<*>', [ts, lambda: pick("/run/containerd/containerd.sock", "/run/containerd/containerd.sock.ttrpc")]),
        (2, 'time="<*>" level=error msg="failed to reload cni configuration after receiving fs change event(<*>)" error="<*>"', [ts, lambda: pick('\\"/etc/cni/net.d/10-calico.conflist.tmp\\": CREATE', '\\"/etc/cni/net.d/87-podman-bridge.conflist\\": REMOVE'), lambda: pick("cni config load failed: no network config found in /etc/cni/net.d: cni plugin not initialized: failed to load cni config", "cni config load failed: failed to load CNI config list file /etc/cni/net.d/10-calico.conflist: unexpected end of JSON input: invalid cni config: failed to load cni config")]),
        (1, 'time="<*>" level=info msg="containerd successfully booted in <*>s"', [ts, lambda: ms(0.02, 0.2, 6)]),
    ]
    return ev


# ---------------------------------------------------------------- Flink (log4j; content after "class [] - ")
def flink():
    jobs = [(hexs(32), "orders-enrichment"), (hexs(32), "clickstream-sessionizer"), (hexs(32), "fraud-scoring")]
    job_id = lambda: R.choice(jobs)[0]
    vertices = ["Source: kafka-orders -> Map", "Source: clicks -> Timestamps/Watermarks -> Filter", "Window(TumblingEventTimeWindows(60000), EventTimeTrigger, SessionAggregate) -> Sink: jdbc-sink",
                "KeyedProcess", "Sink: Writer -> Sink: Committer", "Source: fraud-rules"]

    def subtask():
        p = R.choice([2, 4, 8])
        return (R.choice(vertices), R.randint(1, p), p)

    attempt = lambda: "%s_%s_%d_%d" % (hexs(32), hexs(32), R.randint(0, 7), R.randint(0, 2))
    tm_loc = lambda: "%s:%d-%s" % (priv_ip(), R.randint(32000, 45000), hexs(6))

    def switch():
        a, b = R.choice([("CREATED", "SCHEDULED"), ("SCHEDULED", "DEPLOYING"), ("DEPLOYING", "INITIALIZING"), ("INITIALIZING", "RUNNING"),
                         ("RUNNING", "FINISHED"), ("RUNNING", "CANCELING"), ("CANCELING", "CANCELED"), ("RUNNING", "FAILED")])
        return subtask() + (attempt(), a, b)

    def job_switch():
        j = R.choice(jobs)
        a, b = R.choice([("CREATED", "RUNNING"), ("RUNNING", "FAILING"), ("FAILING", "RESTARTING"), ("RESTARTING", "RUNNING"), ("RUNNING", "CANCELLING"), ("CANCELLING", "CANCELED")])
        return (j[1], j[0], a, b)

    ev = [
        (40, "<*> (<*>/<*>) (<*>) switched from <*> to <*>.", [switch]),
        (8, "Job <*> (<*>) switched from state <*> to <*>.", [job_switch]),
        (20, "Triggering checkpoint <*> (type=CheckpointType{name='Checkpoint', sharingFilesStrategy=FORWARD_BACKWARD}) @ <*> for job <*>.", [lambda: rint(100, 9000), lambda: str(1717200000000 + R.randint(0, 10 ** 9)), job_id]),
        (19, "Completed checkpoint <*> for job <*> (<*> bytes, checkpointDuration=<*> ms, finalizationTime=<*> ms).", [lambda: rint(100, 9000), job_id, lambda: rint(20000, 900000000), lambda: rint(40, 12000), lambda: rint(0, 40)]),
        (3, "Decline checkpoint <*> by task <*> of job <*> at <*>.", [lambda: rint(100, 9000), attempt, job_id, tm_loc]),
        (3, "Checkpoint <*> of job <*> expired before completing.", [lambda: rint(100, 9000), job_id]),
        (12, "Deploying <*> (<*>/<*>) (attempt #<*>) with attempt id <*> and vertex id <*> to <*> @ <*> (dataPort=<*>) with allocation id <*>", [lambda: (lambda s: s)(subtask()), lambda: rint(0, 2), attempt, lambda: hexs(32) + "_" + rint(0, 7), tm_loc, priv_ip, lambda: rint(32000, 45000), lambda: hexs(32)]),
        (10, "Received task <*> (<*>/<*>)#<*> (<*>), deploy into slot with allocation id <*>.", [subtask, lambda: rint(0, 2), attempt, lambda: hexs(32)]),
        (8, "Freeing task resources for <*> (<*>/<*>)#<*> (<*>).", [subtask, lambda: rint(0, 2), attempt]),
        (8, "Un-registering task and sending final execution state <*> to JobManager for task <*> (<*>/<*>)#<*> <*>.", [lambda: pick("FINISHED", "CANCELED", "FAILED"), subtask, lambda: rint(0, 2), attempt]),
        (3, "Calculating tasks to restart to recover the failed task <*>.", [lambda: hexs(32) + "_" + rint(0, 7)]),
        (3, "<*> tasks will be restarted to recover the failed task <*>.", [lambda: rint(2, 24), lambda: hexs(32) + "_" + rint(0, 7)]),
        (2, "Restoring job <*> from Checkpoint <*> @ <*> for <*> located at <*>.", [lambda: (lambda j, c: (j, c, str(1717200000000 + R.randint(0, 10 ** 9)), j, "s3://flink-state/checkpoints/%s/chk-%s" % (j, c)))(job_id(), rint(100, 9000))]),
        (4, "Registering TaskManager with ResourceID <*> (<*>) at ResourceManager", [tm_loc, lambda: "akka.tcp://flink@%s:6122/user/rpc/taskmanager_0" % priv_ip()]),
        (2, "Closing TaskExecutor connection <*> because: <*>", [tm_loc, lambda: pick("The TaskExecutor is shutting down.", "Heartbeat of TaskManager with id %s timed out." % tm_loc())]),
        (2, "Stopping checkpoint coordinator for job <*>.", [job_id]),
        (4, "Clearing resource requirements of job <*>", [job_id]),
    ]
    return ev


# ---------------------------------------------------------------- WildFly (content after "(thread) ")
def wildfly():
    wars = ["shop.war", "billing-api.war", "admin-console.war", "reports.ear", "legacy-soap.war"]
    war = lambda: R.choice(wars)
    ctx = lambda: R.choice(["/shop", "/billing-api", "/admin", "/reports", "/legacy-soap", "/"])
    ds = ["java:jboss/datasources/ExampleDS", "java:jboss/datasources/ShopDS", "java:/jdbc/BillingDS", "java:jboss/datasources/ReportsDS"]
    txid = lambda: "0:ffff%s:-%s:%s:%d" % (hexs(8), hexs(7), hexs(8), R.randint(10, 999))

    def product_core():
        return R.choice([("WildFly Full 26.1.3.Final", "18.1.2.Final"), ("WildFly Full 30.0.1.Final", "22.0.2.Final"), ("JBoss EAP 7.4.14.GA", "15.0.33.Final-redhat-00001")])

    def pu():
        w = war()
        return "%s#%s" % (w, pick("primary", "shopPU", "reporting"))

    ev = [
        (12, 'WFLYSRV0027: Starting deployment of "<*>" (runtime-name: "<*>")', [lambda: (lambda w: (w, w))(war())]),
        (12, 'WFLYSRV0010: Deployed "<*>" (runtime-name : "<*>")', [lambda: (lambda w: (w, w))(war())]),
        (5, "WFLYSRV0028: Stopped deployment <*> (runtime-name: <*>) in <*>ms", [lambda: (lambda w: (w, w))(war()), lambda: rint(8, 900)]),
        (12, "WFLYUT0021: Registered web context: '<*>' for server '<*>'", [ctx, lambda: pick("default-server", "default-server", "internal")]),
        (5, "WFLYUT0022: Unregistered web context: '<*>' from server '<*>'", [ctx, lambda: pick("default-server", "default-server", "internal")]),
        (3, "WFLYUT0006: Undertow <*> listener <*> listening on <*>", [lambda: R.choice([("HTTP", "default"), ("HTTPS", "https"), ("AJP", "ajp")]), lambda: pick("0.0.0.0", "127.0.0.1", priv_ip()) + ":" + pick("8080", "8443", "8009")]),
        (4, "WFLYJCA0001: Bound data source [<*>]", [lambda: R.choice(ds)]),
        (3, "WFLYJCA0010: Unbound data source [<*>]", [lambda: R.choice(ds)]),
        (2, "WFLYSRV0049: <*> (WildFly Core <*>) starting", [product_core]),
        (2, "WFLYSRV0025: <*> (WildFly Core <*>) started in <*>ms - Started <*> of <*> services (<*> services are lazy, passive or on-demand)", [product_core, lambda: rint(3000, 25000), lambda: rint(300, 700), lambda: rint(700, 900), lambda: rint(100, 400)]),
        (2, "WFLYSRV0050: <*> (WildFly Core <*>) stopped in <*>ms", [product_core, lambda: rint(40, 3000)]),
        (12, "WFLYEJB0473: JNDI bindings for session bean named '<*>' in deployment unit '<*>' are as follows:", [lambda: pick("OrderService", "InvoiceBean", "ReportScheduler", "CustomerFacade", "AuditLogger"), lambda: 'deployment "%s"' % war()]),
        (6, "WFLYWELD0003: Processing weld deployment <*>", [war]),
        (6, "WFLYJPA0010: Starting Persistence Unit (phase <*> of 2) Service '<*>'", [lambda: pick("1", "2"), pu]),
        (5, "WFLYJPA0002: Read persistence.xml for <*>", [lambda: pick("primary", "shopPU", "reporting")]),
        (2, "HHH000412: Hibernate ORM core version <*>", [lambda: pick("5.3.28.Final", "6.2.13.Final")]),
        (2, "HHH000400: Using dialect: <*>", [lambda: pick("org.hibernate.dialect.PostgreSQL10Dialect", "org.hibernate.dialect.H2Dialect")]),
        (10, "ARJUNA012117: TransactionReaper::check timeout for TX <*> in state  RUN", [txid]),
        (3, "ARJUNA012121: TransactionReaper::doCancellations worker <*> successfully canceled TX <*>", [lambda: "Thread[Transaction Reaper Worker %d,5,main]" % R.randint(0, 3), txid]),
        (3, "WFLYCTL0013: Operation (<*>) failed - address: (<*>) - failure description: <*>", [lambda: pick('"deploy"', '"add"', '"undeploy"'), lambda: '[("deployment" => "%s")]' % war(), lambda: pick('{"WFLYCTL0080: Failed services" => {"jboss.deployment.unit.\\"%s\\".undertow-deployment" => "java.lang.RuntimeException: java.lang.ClassNotFoundException: com.acme.web.StartupListener"}}' % war(), '"WFLYCTL0212: Duplicate resource [(\\"deployment\\" => \\"%s\\")]"' % war())]),
        (22, "UT005023: Exception handling request to <*>", [lambda: R.choice(["/shop/api/cart", "/billing-api/v1/invoices/%d" % R.randint(1000, 99999), "/admin/login.xhtml", "/reports/export", "/shop/checkout"])]),
        (9, "WFLYEE0007: Not installing optional component <*> due to an exception (enable DEBUG log level to see the cause)", [lambda: pick("org.glassfish.json.JsonProviderImpl", "org.apache.cxf.jaxrs.servlet.CXFNonSpringJaxrsServlet", "com.acme.web.LegacyFilter", "org.springframework.web.context.ContextLoaderListener")]),
        (2, "WFLYDM0111: Keystore <*> not found, it will be auto generated on first use with a self signed certificate for host <*>", ["/opt/jboss/wildfly/standalone/configuration/application.keystore", lambda: pick("localhost", "app01.example.internal")]),
        (2, "WFLYSRV0212: Resuming server", []),
        (1, "WFLYSRV0220: Server shutdown has been requested via an OS signal", []),
    ]
    return ev


# ---------------------------------------------------------------- Java GC (JDK 17 unified logging, G1; content after decorations)
def javagc():
    gc = lambda: rint(1, 4800)
    t = lambda: ms(0.01, 3.5, 1) + "ms"

    def heap():
        total = R.choice([1024, 2048, 4096, 8192])
        before = R.randint(total // 3, total - 10)
        after = R.randint(before // 5, before - 1)
        return ("%dM" % before, "%dM" % after, "%dM" % total)

    def regions(cap=True):
        b = R.randint(0, 200)
        a = R.randint(0, 40) if cap else R.randint(max(0, b - 3), b + 25)
        return (b, a, R.randint(max(b, 10), 260)) if cap else (b, a)

    def meta():
        u = R.randint(40000, 160000)
        c = u + R.randint(200, 2000)
        nu = int(u * 0.88)
        nc = nu + R.randint(100, 1500)
        cu = u - nu
        cc = cu + R.randint(50, 600)
        return ("%dK" % u, "%dK" % c, "%dK" % u, "%dK" % c, "%dK" % nu, "%dK" % nc, "%dK" % nu, "%dK" % nc, "%dK" % cu, "%dK" % cc, "%dK" % cu, "%dK" % cc)

    ev = [
        (1, "Using G1", []),
        (1, "Version: <*> (release)", [lambda: pick("17.0.9+9-LTS", "17.0.11+9")]),
        (1, "CPUs: <*> total, <*> available", [lambda: (lambda n: (n, n))(R.choice([4, 8, 16]))]),
        (1, "Heap Region Size: <*>", [lambda: pick("1M", "2M", "4M")]),
        (26, "GC(<*>) Pause Young (<*>) (<*>) <*>-><*>(<*>) <*>", [gc, lambda: pick("Normal", "Normal", "Normal", "Concurrent Start", "Prepare Mixed", "Mixed"), lambda: pick("G1 Evacuation Pause", "G1 Evacuation Pause", "G1 Humongous Allocation", "Metadata GC Threshold", "G1 Preventive Collection"), heap, lambda: ms(1, 180, 3) + "ms"]),
        (12, "GC(<*>) Using <*> workers of <*> for evacuation", [gc, lambda: (lambda n: (R.randint(1, n), n))(R.choice([2, 4, 8]))]),
        (8, "GC(<*>) Pre Evacuate Collection Set: <*>", [gc, t]),
        (8, "GC(<*>) Merge Heap Roots: <*>", [gc, t]),
        (10, "GC(<*>) Evacuate Collection Set: <*>", [gc, lambda: ms(0.5, 90, 1) + "ms"]),
        (10, "GC(<*>) Post Evacuate Collection Set: <*>", [gc, t]),
        (8, "GC(<*>) Other: <*>", [gc, t]),
        (8, "GC(<*>) Eden regions: <*>-><*>(<*>)", [gc, lambda: regions(True)]),
        (8, "GC(<*>) Survivor regions: <*>-><*>(<*>)", [gc, lambda: (R.randint(0, 12), R.randint(0, 12), R.randint(4, 30))]),
        (9, "GC(<*>) Old regions: <*>-><*>", [gc, lambda: regions(False)]),
        (7, "GC(<*>) Humongous regions: <*>-><*>", [gc, lambda: (R.randint(0, 30), R.randint(0, 30))]),
        (2, "GC(<*>) Archive regions: <*>-><*>", [gc, lambda: (lambda n: (n, n))(R.choice([2, 3]))]),
        (7, "GC(<*>) Metaspace: <*>(<*>)-><*>(<*>) NonClass: <*>(<*>)-><*>(<*>) Class: <*>(<*>)-><*>(<*>)", [gc, meta]),
        (8, "GC(<*>) User=<*>s Sys=<*>s Real=<*>s", [gc, lambda: ms(0, 0.4, 2), lambda: ms(0, 0.05, 2), lambda: ms(0, 0.2, 2)]),
        (3, "GC(<*>) Pause Remark <*>-><*>(<*>) <*>", [gc, heap, lambda: ms(1, 40, 3) + "ms"]),
        (3, "GC(<*>) Pause Cleanup <*>-><*>(<*>) <*>", [gc, heap, lambda: ms(0.05, 2, 3) + "ms"]),
        (3, "GC(<*>) Concurrent Mark Cycle", [gc]),
        (3, "GC(<*>) Concurrent Mark Cycle <*>", [gc, lambda: ms(20, 900, 3) + "ms"]),
        (2, "GC(<*>) Pause Full (<*>) <*>-><*>(<*>) <*>", [gc, lambda: pick("System.gc()", "G1 Compaction Pause"), heap, lambda: ms(80, 2500, 3) + "ms"]),
        (1, "GC(<*>) To-space exhausted", [gc]),
    ]
    return ev


# ---------------------------------------------------------------- Gunicorn (content after "[ts] [pid] [LEVEL] ")
def gunicorn():
    pid = lambda: rint(7, 4000)
    paths = ["/api/v1/orders", "/api/v1/orders/%d" % R.randint(1000, 9999), "/healthz", "/static/css/app.css", "/admin/login/", "/api/v1/search?q=red+shoes"]
    ev = [
        (3, "Starting gunicorn <*>", [lambda: pick("21.2.0", "22.0.0", "20.1.0")]),
        (3, "Listening at: <*> (<*>)", [lambda: pick("http://0.0.0.0:8000", "http://127.0.0.1:8000", "unix:/run/gunicorn.sock"), pid]),
        (3, "Using worker: <*>", [lambda: pick("sync", "gthread", "uvicorn.workers.UvicornWorker")]),
        (36, "Booting worker with pid: <*>", [pid]),
        (24, "Worker exiting (pid: <*>)", [pid]),
        (10, "Handling signal: <*>", [lambda: pick("term", "term", "hup", "int", "ttin", "ttou", "winch")]),
        (3, "Shutting down: Master", []),
        (1, "Reason: Worker failed to boot.", []),
        (21, "WORKER TIMEOUT (pid:<*>)", [pid]),
        (12, "Worker (pid:<*>) was sent SIGKILL! Perhaps out of memory?", [pid]),
        (3, "Worker (pid:<*>) was sent <*>!", [pid, lambda: pick("SIGTERM", "SIGINT", "SIGQUIT")]),
        (4, "Worker (pid:<*>) exited with code <*>", [pid, lambda: pick("1", "1", "3")]),
        (3, "Exception in worker process", []),
        (6, "Error handling request <*>", [lambda: R.choice(paths)]),
        (5, "Invalid request from ip=<*>: <*>", [pub_ip, lambda: pick("Invalid HTTP request line: ''", "Invalid HTTP request line: '\\x16\\x03\\x01\\x02\\x00\\x01\\x00\\x01\\xfc\\x03\\x03'", "Invalid HTTP method: 'PRI * HTTP/2.0'", "Unsupported transfer coding: 'gzip'")]),
        (2, "Connection in use: <*>", [lambda: pick("('0.0.0.0', 8000)", "('127.0.0.1', 8000)")]),
        (2, "Retrying in 1 second.", []),
        (1, "Can't connect to <*>", ["('0.0.0.0', 8000)"]),
        (3, "Autorestarting worker after current request.", []),
        (3, "Worker with pid <*> was terminated due to signal <*>", [pid, lambda: pick("9", "15", "6")]),
        (2, "Ignoring EPIPE", []),
    ]
    return ev


# ---------------------------------------------------------------- Nagios (nagios.log; content after "[epoch] ")
def nagios():
    hosts = ["web01", "web02", "db01", "db-replica-2", "mail.example.com", "sw-core-1", "fw-edge", "nas01"]
    host = lambda: R.choice(hosts)
    svcs = ["HTTP", "PING", "Disk /var", "Current Load", "SSH", "Swap Usage", "MySQL Replication", "SMTP", "Total Processes", "NTP Offset"]
    svc = lambda: R.choice(svcs)
    contacts = ["nagiosadmin", "oncall-sms", "netops", "dba-team"]

    def svc_out(state):
        return R.choice({
            "OK": ["HTTP OK: HTTP/1.1 200 OK - %d bytes in %s second response time" % (R.randint(500, 90000), ms(0.001, 1)), "PING OK - Packet loss = 0%%, RTA = %s ms" % ms(0.2, 40, 2),
                   "DISK OK - free space: /var %d MB (%d%% inode=%d%%):" % (R.randint(2000, 90000), R.randint(20, 90), R.randint(60, 99)), "OK - load average: %s, %s, %s" % (ms(0, 2, 2), ms(0, 2, 2), ms(0, 2, 2))],
            "WARNING": ["DISK WARNING - free space: /var %d MB (%d%% inode=%d%%):" % (R.randint(200, 2000), R.randint(5, 15), R.randint(60, 99)), "WARNING - load average: %s, %s, %s" % (ms(4, 9, 2), ms(4, 9, 2), ms(3, 8, 2)),
                        "SWAP WARNING - %d%% free (%d MB out of %d MB)" % (R.randint(20, 40), R.randint(400, 900), 2047)],
            "CRITICAL": ["CRITICAL - Socket timeout after 10 seconds", "connect to address %s and port 80: Connection refused" % priv_ip(), "PING CRITICAL - Packet loss = 100%",
                         "DISK CRITICAL - free space: /var %d MB (%d%% inode=%d%%):" % (R.randint(10, 200), R.randint(0, 4), R.randint(40, 99)), "CHECK_NRPE: Socket timeout after 10 seconds."],
            "UNKNOWN": ["NRPE: Unable to read output", "(No output on stdout) stderr: /usr/lib/nagios/plugins/check_mysql_slave: line 12: mysql: command not found"],
        }[state])

    def svc_state():
        s = pick("OK", "WARNING", "CRITICAL", "CRITICAL", "UNKNOWN")
        return (s, svc_out(s))

    def host_state():
        s = pick("UP", "DOWN", "DOWN", "UNREACHABLE")
        o = {"UP": "PING OK - Packet loss = 0%%, RTA = %s ms" % ms(0.2, 30, 2), "DOWN": pick("PING CRITICAL - Packet loss = 100%", "CRITICAL - Host Unreachable (%s)" % priv_ip()), "UNREACHABLE": "CRITICAL - Network Unreachable (%s)" % priv_ip()}[s]
        return (s, o)

    def ext_cmd():
        c = R.choice(["SCHEDULE_FORCED_SVC_CHECK;%s;%s;%d" % (host(), svc(), 1717200000 + R.randint(0, 10 ** 6)),
                      "ACKNOWLEDGE_SVC_PROBLEM;%s;%s;2;1;0;%s;%s" % (host(), svc(), R.choice(contacts), pick("Ticket 4411 opened", "looking into it", "known issue, vendor case open")),
                      "DISABLE_NOTIFICATIONS;%d" % (1717200000 + R.randint(0, 10 ** 6)), "ENABLE_SVC_CHECK;%s;%s" % (host(), svc()),
                      "SCHEDULE_HOST_DOWNTIME;%s;%d;%d;1;0;7200;%s;patching" % (host(), 1717200000, 1717207200, R.choice(contacts))])
        return tuple(c.split(";", 1))

    ev = [
        (48, "SERVICE ALERT: <*>;<*>;<*>;<*>;<*>;<*>", [host, svc, lambda: (lambda s: (s[0], pick("SOFT", "SOFT", "HARD"), R.randint(1, 4), s[1]))(svc_state())]),
        (11, "HOST ALERT: <*>;<*>;<*>;<*>;<*>", [host, lambda: (lambda s: (s[0], pick("SOFT", "HARD"), R.randint(1, 10), s[1]))(host_state())]),
        (16, "SERVICE NOTIFICATION: <*>;<*>;<*>;<*>;<*>;<*>", [lambda: R.choice(contacts), host, svc, lambda: (lambda s: (s[0], pick("notify-service-by-email", "notify-service-by-sms"), s[1]))(svc_state())]),
        (4, "HOST NOTIFICATION: <*>;<*>;<*>;<*>;<*>", [lambda: R.choice(contacts), host, lambda: (lambda s: (s[0], "notify-host-by-email", s[1]))(host_state())]),
        (26, "CURRENT SERVICE STATE: <*>;<*>;<*>;<*>;<*>;<*>", [host, svc, lambda: (lambda s: (s[0], "HARD", 1, s[1]))(svc_state())]),
        (8, "CURRENT HOST STATE: <*>;<*>;<*>;<*>;<*>", [host, lambda: (lambda s: (s[0], "HARD", 1, s[1]))(host_state())]),
        (3, "SERVICE FLAPPING ALERT: <*>;<*>;STARTED; Service appears to have started flapping (<*>% change >= <*>% threshold)", [host, svc, lambda: ms(20, 60, 1), "20.0"]),
        (2, "SERVICE FLAPPING ALERT: <*>;<*>;STOPPED; Service appears to have stopped flapping (<*>% change < <*>% threshold)", [host, svc, lambda: ms(1, 5, 1), "5.0"]),
        (2, "SERVICE DOWNTIME ALERT: <*>;<*>;STARTED; Service has entered a period of scheduled downtime", [host, svc]),
        (8, "EXTERNAL COMMAND: <*>;<*>", [ext_cmd]),
        (4, "Auto-save of retention data completed successfully.", []),
        (3, "Warning: Return code of <*> for check of service '<*>' on host '<*>' was out of bounds.", [lambda: pick("255", "127", "126"), svc, host]),
        (3, "SERVICE EVENT HANDLER: <*>;<*>;<*>;<*>;<*>;<*>", [host, svc, lambda: (lambda s: (s[0], pick("SOFT", "HARD"), R.randint(1, 3)))(svc_state()), lambda: pick("restart-httpd", "restart-mysql", "clear-tmp")]),
        (4, "wproc: Registry request: name=Core Worker <*>;pid=<*>", [lambda: (lambda p: (p, p))(R.randint(1000, 9000))]),
        (1, "Caught SIGTERM, shutting down...", []),
        (1, "Successfully shutdown... (PID=<*>)", [lambda: rint(900, 9000)]),
        (1, "Nagios <*> starting... (PID=<*>)", [lambda: pick("4.4.14", "4.5.1"), lambda: rint(900, 9000)]),
        (1, "Local time is <*>", ["Sat Jun 01 10:00:04 UTC 2024"]),
        (1, "LOG VERSION: 2.0", []),
        (1, "qh: Socket '<*>' successfully initialized", ["/usr/local/nagios/var/rw/nagios.qh"]),
        (1, "wproc: Successfully registered manager as @wproc with query handler", []),
        (1, "Successfully launched command file worker with pid <*>", [lambda: rint(900, 9000)]),
    ]
    return ev


# ---------------------------------------------------------------- Sendmail (content after "sendmail[pid]: ")
def sendmail():
    def qid():
        return "4%s%s%s" % (R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(6)), "%06d" % R.randint(0, 999999))

    users = ["alice", "bob", "jdoe", "m.rossi", "helpdesk", "noreply", "billing", "root"]
    domains = ["example.com", "example.org", "mail.acme.io", "partner.co.uk", "gmail.com"]
    addr = lambda: "<%s@%s>" % (R.choice(users), R.choice(domains))
    relay_host = lambda: R.choice(["mx1.example.org. [%s]" % pub_ip(), "[%s]" % pub_ip(), "localhost [127.0.0.1]", "mail-%s.outbound.protection.outlook.com. [%s]" % (pick("db5eur03", "am6eur05"), pub_ip()), "smtp.partner.co.uk [%s]" % pub_ip()])
    delay = lambda: "00:00:%02d" % R.randint(0, 59)
    pri = lambda: rint(30000, 160000)
    ev = [
        (38, "<*>: from=<*>, size=<*>, class=<*>, nrcpts=<*>, msgid=<*>, proto=<*>, daemon=<*>, relay=<*>", [qid, addr, lambda: rint(800, 900000), lambda: pick("0", "0", "-60"), lambda: rint(1, 4), lambda: "<%s.%s@%s>" % (R.randint(10 ** 9, 10 ** 10), hexs(8), R.choice(domains)), lambda: pick("ESMTP", "ESMTPS", "SMTP"), lambda: pick("MTA", "MTA", "MTA", "MSA"), relay_host]),
        (31, "<*>: to=<*>, delay=<*>, xdelay=<*>, mailer=<*>, pri=<*>, relay=<*>, dsn=2.0.0, stat=Sent (<*>)", [qid, addr, delay, delay, lambda: pick("esmtp", "esmtp", "relay"), pri, relay_host, lambda: pick("Ok: queued as %s" % hexs(10).upper(), "<%s@%s> [InternalId=%d] Queued mail for delivery" % (hexs(12), R.choice(domains), R.randint(10 ** 10, 10 ** 11)), "OK id=1s%s-000%s-%s" % (hexs(4), hexs(3), hexs(2)), "%s Message accepted for delivery" % qid())]),
        (12, "<*>: to=<*>, delay=<*>, xdelay=<*>, mailer=<*>, pri=<*>, relay=<*>, dsn=<*>, stat=Deferred: <*>", [qid, addr, lambda: "%02d:%02d:%02d" % (R.randint(0, 9), R.randint(0, 59), R.randint(0, 59)), delay, lambda: pick("esmtp", "relay"), pri, relay_host, lambda: pick("4.0.0", "4.4.1", "4.7.1"), lambda: pick("Connection timed out with mx.partner.co.uk.", "Connection refused by mx1.example.org.", "451 4.7.1 Greylisted, please try again later", "421 4.3.2 Service not available")]),
        (12, "<*>: to=<*>, ctladdr=<*> (<*>/<*>), delay=<*>, xdelay=<*>, mailer=local, pri=<*>, dsn=2.0.0, stat=Sent", [qid, lambda: R.choice(users), lambda: (lambda u: (u, R.randint(1000, 1020), R.randint(1000, 1020)))(R.choice(users)), delay, delay, pri]),
        (8, "<*>: ruleset=check_rcpt, arg1=<*>, relay=<*>, reject=550 5.7.1 <*>... Relaying denied", [qid, lambda: (lambda a: (a, relay_host(), a))(addr())]),
        (5, "<*>: ruleset=check_relay, arg1=<*>, arg2=<*>, relay=<*>, reject=550 5.7.1 Rejected: <*> listed at <*>", [qid, lambda: (lambda ip: ("[%s]" % ip, "127.0.0.%d" % R.choice([2, 4, 10]), "[%s]" % ip, ip, pick("zen.spamhaus.org", "bl.spamcop.net")))(pub_ip())]),
        (12, "<*>: <*> did not issue MAIL/EXPN/VRFY/ETRN during connection to MTA", [qid, relay_host]),
        (5, "<*>: lost input channel from <*> to MTA after <*>", [qid, relay_host, lambda: pick("rcpt", "data", "mail", "starttls")]),
        (3, "<*>: timeout waiting for input from <*> during <*>", [qid, relay_host, lambda: pick("client greeting", "server cmd read", "client MAIL")]),
        (10, "STARTTLS=<*>, relay=<*>, version=<*>, verify=<*>, cipher=<*>, bits=<*>", [lambda: pick("client", "client", "server"), relay_host, lambda: pick("TLSv1.3", "TLSv1.2", "TLSv1.2"), lambda: pick("OK", "FAIL", "NO", "NOT"), lambda: pick("TLS_AES_256_GCM_SHA384", "ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-RSA-AES128-GCM-SHA256"), lambda: pick("256/256", "128/128")]),
        (5, "<*>: AUTH=server, relay=<*>, authid=<*>, mech=<*>, bits=<*>", [qid, relay_host, lambda: pick("alice", "bob@example.com", "scanner01", "jdoe"), lambda: pick("LOGIN", "PLAIN"), "0"]),
        (3, "<*>: DSN: <*>", [qid, lambda: pick("Service unavailable", "Return receipt", "Cannot send message for 5 days", "User unknown")]),
        (2, "<*>: collect: premature EOM: unexpected close", [qid]),
        (1, "<*>: SYSERR(root): collect: I/O error on connection from <*>, from=<*>", [qid, relay_host, addr]),
        (1, "starting daemon (<*>): <*>", [lambda: pick("8.15.2", "8.17.1"), "SMTP+queueing@00:10:00"]),
        (1, "alias database <*> rebuilt by <*>", ["/etc/mail/aliases", "root"]),
        (1, "<*>: <*> aliases, longest <*> bytes, <*> bytes total", ["/etc/mail/aliases", lambda: rint(20, 90), lambda: rint(10, 60), lambda: rint(600, 3000)]),
    ]
    return ev


# ---------------------------------------------------------------- Fluentd (content after "ts +0000 [level]: ")
def fluentd():
    worker = lambda: pick("0", "0", "0", "1", "2")
    chunk = lambda: hexs(32)
    paths = ["/var/log/containers/api-66b8d9f7c4-x2kqp_shop_api-%s.log" % hexs(64), "/var/log/containers/web-7f9c6d8b5-9mzt4_shop_web-%s.log" % hexs(64), "/var/log/nginx/access.log", "/var/log/app/payments.log", "/var/log/syslog"]
    path = lambda: R.choice(paths)
    plugins = ["out_es", "out_s3", "object:c0ffee", "forward_aggregator"]
    plugin = lambda: R.choice(plugins)
    err = lambda: R.choice([("Fluent::Plugin::ElasticsearchOutput::RecoverableRequestFailure", "could not push logs to Elasticsearch cluster ({:host=>\\\"es-data-0.logging.svc\\\", :port=>9200, :scheme=>\\\"https\\\"}): read timeout reached"),
                            ("Errno::ECONNREFUSED", "Connection refused - connect(2) for %s:24224" % priv_ip()), ("Aws::S3::Errors::SlowDown", "Please reduce your request rate."),
                            ("Fluent::Plugin::ForwardOutput::NoNodesAvailable", "no nodes are available")])
    raw = lambda: R.choice(['%s - - [01/Jun/2024:10:%02d:%02d +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"' % (priv_ip(), R.randint(0, 59), R.randint(0, 59)),
                            "panic: runtime error: invalid memory address or nil pointer dereference", "    at com.acme.billing.InvoiceService.render(InvoiceService.java:%d)" % R.randint(40, 400),
                            "Traceback (most recent call last):", "2024/06/01 10:%02d:%02d [warn] %d#%d: *%d upstream response is buffered to a temporary file" % (R.randint(0, 59), R.randint(0, 59), R.randint(1, 40), R.randint(0, 3), R.randint(1000, 99999)), ""])
    tags = ["kubernetes.var.log.containers.api", "nginx.access", "app.payments", "system.syslog", "fluent.warn"]
    ev = [
        (26, "#<*> failed to flush the buffer. retry_times=<*> next_retry_time=<*> chunk=\"<*>\" error_class=<*> error=\"<*>\"", [worker, lambda: rint(0, 12), lambda: "2024-06-01 %02d:%02d:%02d +0000" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)), chunk, err]),
        (12, "#<*> retry succeeded. chunk_id=\"<*>\"", [worker, chunk]),
        (4, "#<*> [<*>] failed to write data into buffer by buffer overflow action=:<*>", [worker, plugin, lambda: pick("throw_exception", "block", "drop_oldest_chunk")]),
        (24, "#<*> following tail of <*>", [worker, path]),
        (10, "#<*> detected rotation of <*>; waiting <*> seconds", [worker, path, lambda: pick("5", "5", "10")]),
        (4, "#<*> Skip update_watcher because watcher has been already updated by other inotify event path=\"<*>\" inode=<*> inode_in_pos_file=<*>", [worker, path, lambda: rint(10 ** 6, 10 ** 8), lambda: pick("0", rint(10 ** 6, 10 ** 8))]),
        (20, "#<*> pattern not matched: \"<*>\"", [worker, raw]),
        (5, "#<*> dump an error event: error_class=<*> error=\"<*>\" location=<*> tag=\"<*>\" time=<*> record=<*>", [worker, lambda: R.choice([("ArgumentError", "log does not exist"), ("Fluent::Plugin::Parser::ParserError", "pattern not matched with data 'GET /'"), ("NoMethodError", "undefined method `[]' for nil:NilClass")]), lambda: pick("nil", '"/usr/local/bundle/gems/fluentd-1.16.5/lib/fluent/plugin/filter_parser.rb:110:in `rescue in filter_with_time\'"'), lambda: R.choice(tags), lambda: "2024-06-01 10:%02d:%02d.%09d +0000" % (R.randint(0, 59), R.randint(0, 59), R.randint(0, 999999999)), lambda: '{"stream"=>"stdout", "logtag"=>"F", "message"=>"%s"}' % pick("ok", "GET /healthz 200", "worker started")]),
        (2, "#<*> fluentd worker is now running worker=<*>", [lambda: (lambda w: (w, w))(worker())]),
        (2, "#<*> starting fluentd worker pid=<*> ppid=<*> worker=<*>", [lambda: (lambda w: (w, R.randint(8, 900), 7, w))(worker())]),
        (2, "#<*> shutting down fluentd worker worker=<*>", [lambda: (lambda w: (w, w))(worker())]),
        (1, "starting fluentd-<*> pid=<*> ruby=\"<*>\"", ["1.16.5", "7", "3.2.4"]),
        (1, "spawn command to main:  cmdline=<*>", ['["/usr/local/bin/ruby", "-Eascii-8bit:ascii-8bit", "/usr/local/bundle/bin/fluentd", "-c", "/fluentd/etc/fluent.conf", "-p", "/fluentd/plugins", "--under-supervisor"]']),
        (8, "adding match pattern=\"<*>\" type=\"<*>\"", [lambda: pick("kubernetes.**", "nginx.*", "app.**", "fluent.**", "**"), lambda: pick("elasticsearch", "s3", "forward", "null", "stdout")]),
        (5, "adding source type=\"<*>\"", [lambda: pick("tail", "forward", "systemd", "prometheus", "monitor_agent")]),
        (5, "adding filter pattern=\"<*>\" type=\"<*>\"", [lambda: pick("kubernetes.**", "nginx.*", "app.**"), lambda: pick("kubernetes_metadata", "parser", "record_transformer", "grep")]),
        (1, "Received graceful stop", []),
        (6, "#<*> [<*>] Could not communicate to Elasticsearch, resetting connection and trying again. <*>", [worker, "out_es", lambda: pick("Connection refused - connect(2) for %s:9200 (Errno::ECONNREFUSED)" % priv_ip(), "read timeout reached", "No route to host - connect(2) for %s:9200 (Errno::EHOSTUNREACH)" % priv_ip())]),
        (6, "#<*> [<*>] buffer flush took longer time than slow_flush_log_threshold: elapsed_time=<*> slow_flush_log_threshold=<*> plugin_id=\"<*>\"", [worker, lambda: (lambda p: (p, ms(20, 90, 9), "20.0", p))(plugin())]),
        (6, "#<*> no patterns matched tag=\"<*>\"", [worker, lambda: R.choice(tags)]),
    ]
    return ev


# ---------------------------------------------------------------- Cisco IOS (content after "seq: *timestamp: ")
def ciscoios():
    ifs = ["GigabitEthernet0/1", "GigabitEthernet0/2", "GigabitEthernet1/0/24", "TenGigabitEthernet1/1/1", "FastEthernet0/5", "Vlan20", "Port-channel1", "Tunnel0"]
    iface = lambda: R.choice(ifs)
    users = ["admin", "netops", "jdoe", "backup"]
    when = lambda: "%02d:%02d:%02d UTC Sat Jun 1 2024" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    mac = lambda: "%s.%s.%s" % (hexs(4), hexs(4), hexs(4))
    cipher = lambda: (pick("aes256-ctr", "aes128-ctr", "aes256-gcm"), pick("hmac-sha2-256", "hmac-sha2-512", "hmac-sha1"))
    tty = lambda: pick("0", "1", "2", "3")

    def config_by():
        return pick("console", "console", "%s on vty%d (%s)" % (R.choice(users), R.randint(0, 4), priv_ip()), "%s on vty%d (%s)" % (R.choice(users), R.randint(0, 4), priv_ip()), "%s on vty%d (%s)" % (R.choice(users), R.randint(0, 4), priv_ip()))

    def ospf():
        a, b, why = R.choice([("LOADING", "FULL", "Loading Done"), ("FULL", "DOWN", "Neighbor Down: Dead timer expired"), ("FULL", "DOWN", "Neighbor Down: Interface down or detached"), ("INIT", "DOWN", "Neighbor Down: Adjacency forced to reset")])
        return (R.choice([1, 10, 100]), priv_ip(), iface(), a, b, why)

    ev = [
        (27, "%LINK-3-UPDOWN: Interface <*>, changed state to <*>", [iface, lambda: pick("up", "down", "down", "administratively down")]),
        (26, "%LINEPROTO-5-UPDOWN: Line protocol on Interface <*>, changed state to <*>", [iface, lambda: pick("up", "down")]),
        (11, "%SYS-5-CONFIG_I: Configured from <*> by <*>", [lambda: pick("console", "console", "console", "memory"), config_by]),
        (8, "%SEC_LOGIN-5-LOGIN_SUCCESS: Login Success [user: <*>] [Source: <*>] [localport: <*>] at <*>", [lambda: R.choice(users), priv_ip, lambda: pick("22", "22", "23"), when]),
        (6, "%SEC_LOGIN-4-LOGIN_FAILED: Login failed [user: <*>] [Source: <*>] [localport: <*>] [Reason: Login Authentication Failed] at <*>", [lambda: pick("admin", "root", "cisco", "test", "jdoe"), pub_ip, "22", when]),
        (8, "%DUAL-5-NBRCHANGE: EIGRP-IPv4 <*>: Neighbor <*> (<*>) is <*>: <*>", [lambda: pick("100", "100", "200"), priv_ip, iface, lambda: R.choice([("up", "new adjacency"), ("down", "holding time expired"), ("down", "Interface PEER-TERMINATION received"), ("down", "retry limit exceeded")])]),
        (10, "%OSPF-5-ADJCHG: Process <*>, Nbr <*> on <*> from <*> to <*>, <*>", [ospf]),
        (6, "%BGP-5-ADJCHANGE: neighbor <*> <*>", [lambda: pick("192.0.2.1", "198.51.100.9", priv_ip()), lambda: pick("Up", "Up", "Down BGP Notification sent", "Down Peer closed the session", "Down Interface flap")]),
        (5, "%SW_MATM-4-MACFLAP_NOTIF: Host <*> in vlan <*> is flapping between port <*> and port <*>", [mac, lambda: pick("10", "20", "100"), iface, iface]),
        (4, "%DHCP_SNOOPING-5-DHCP_SNOOPING_UNTRUSTED_PORT: DHCP_SNOOPING drop message on untrusted port, message type: <*>, MAC sa: <*>", [lambda: pick("DHCPOFFER", "DHCPACK"), mac]),
        (6, "%SSH-5-SSH2_SESSION: SSH2 Session request from <*> (tty = <*>) using crypto cipher '<*>', hmac '<*>' Succeeded", [priv_ip, tty, cipher]),
        (6, "%SSH-5-SSH2_USERAUTH: User '<*>' authentication for SSH2 Session from <*> (tty = <*>) using crypto cipher '<*>', hmac '<*>' Succeeded", [lambda: R.choice(users), priv_ip, tty, cipher]),
        (6, "%SSH-5-SSH2_CLOSE: SSH2 Session from <*> (tty = <*>) for user '<*>' using crypto cipher '<*>', hmac '<*>' closed", [priv_ip, tty, lambda: R.choice(users), cipher]),
        (2, "%SYS-6-LOGGINGHOST_STARTSTOP: Logging to host <*> port <*> started - CLI initiated", [priv_ip, "514"]),
        (3, "%PM-4-ERR_DISABLE: <*> error detected on <*>, putting <*> in err-disable state", [lambda: (lambda c, i: (c, i, i))(pick("psecure-violation", "bpduguard", "link-flap"), iface())]),
        (2, "%PORT_SECURITY-2-PSECURE_VIOLATION: Security violation occurred, caused by MAC address <*> on port <*>.", [mac, iface]),
        (5, "%ILPOWER-5-POWER_GRANTED: Interface <*>: Power granted", [lambda: "Gi1/0/%d" % R.randint(1, 48)]),
        (4, "%CDP-4-NATIVE_VLAN_MISMATCH: Native VLAN mismatch discovered on <*> (<*>), with <*> <*> (<*>).", [iface, lambda: pick("1", "10"), lambda: pick("sw-access-3", "ap-floor2.example.local"), iface, lambda: pick("20", "99")]),
        (1, "%SYS-5-RESTART: System restarted --", []),
        (4, "%SNMP-3-AUTHFAIL: Authentication failure for SNMP req from host <*>", [pub_ip]),
    ]
    return ev


# ---------------------------------------------------------------- Juniper Junos (content after "host process[pid]: ")
def juniper():
    users = ["admin", "netops", "jdoe", "rancid"]
    ifl = lambda: R.choice(["ge-0/0/%d" % R.randint(0, 11), "xe-0/1/%d" % R.randint(0, 3), "ae%d" % R.randint(0, 2), "et-0/0/%d" % R.randint(0, 5)])
    cmds = ["show interfaces terse ", "show bgp summary ", "show route 10.20.0.0/16 detail ", "configure ", "show log messages | last 50 ", "commit check ", "show chassis alarms ", "request system storage cleanup dry-run "]

    def bgp():
        a, b, e = R.choice([("Established", "Idle", "RecvNotify"), ("OpenConfirm", "Established", "RecvKeepAlive"), ("Active", "OpenSent", "ConnectRetry"), ("Established", "Idle", "HoldTime"), ("Idle", "Connect", "Start")])
        typ = pick("External", "External", "Internal")
        return (pick("192.0.2.1", "198.51.100.9", priv_ip()), typ, R.choice([64512, 65001, 65002, 3356]), a, b, e, pick("master", "master", "VRF-CUST-A"))

    def link():
        return (R.randint(500, 800), pick("up", "up", "down"), pick("down", "down", "up"), ifl())

    def flow():
        app, dport, proto = R.choice([("junos-https", 443, "6"), ("junos-https", 443, "6"), ("junos-http", 80, "6"), ("junos-dns-udp", 53, "17"), ("junos-ssh", 22, "6"), ("junos-ntp", 123, "17")])
        return ("%s/%d" % (priv_ip(), R.randint(1024, 65535)), "%s/%d" % (pub_ip(), dport), app, proto)

    def sess_create():
        s, d, app, proto = flow()
        nat_s = pub_ip() + "/" + rint(1024, 65535)
        return (s, d, app, nat_s, d, pick("source-nat-rule", "None"), pick("None", "None", "static-1"), proto, pick("trust-to-untrust", "allow-web", "allow-dns"), "trust", "untrust", rint(10000, 99999))

    def sess_close():
        s, d, app, proto = flow()
        reason = pick("TCP FIN", "TCP FIN", "TCP RST", "idle Timeout") if proto == "6" else pick("idle Timeout", "response received", "unset")
        return (reason, s, d, app, proto, pick("trust-to-untrust", "allow-web"), "trust", "untrust", rint(10000, 99999), rint(1, 400), rint(60, 900000), rint(1, 400), rint(60, 900000), rint(0, 3600))

    def sess_deny():
        src = "%s/%d" % (pub_ip(), R.randint(1024, 65535))
        app, dport = R.choice([("None", R.randint(1, 65535)), ("junos-telnet", 23), ("junos-smb", 445)])
        return (src, "%s/%d" % (priv_ip(), dport), app, "6", "0", pick("deny-all", "block-smb"), "untrust", "trust", pick("UNKNOWN", "UNKNOWN", "SMB"), pick("UNKNOWN", "N/A"))

    def ospf_nbr(up):
        if up:
            a, b, why, reason = R.choice([("Init", "Full", "NbrAdjOk", "neighbor established full adjacency"), ("Loading", "Full", "LoadDone", "OSPF loading completed")])
        else:
            a, b, why, reason = R.choice([("Full", "Down", "KillNbr", "interface went down"), ("Full", "Init", "1WayRcvd", "received 1-way hello"), ("Full", "Down", "InactiveTimer", "neighbor dead timer expired")])
        return (priv_ip(), ifl() + ".0", pick("0.0.0.0", "0.0.0.1"), a, b, why, reason)

    ev = [
        (14, "RPD_BGP_NEIGHBOR_STATE_CHANGED: BGP peer <*> (<*> AS <*>) changed state from <*> to <*> (event <*>) (instance <*>)", [bgp]),
        (12, "SNMP_TRAP_LINK_DOWN: ifIndex <*>, ifAdminStatus <*>, ifOperStatus <*>, ifName <*>", [link]),
        (12, "SNMP_TRAP_LINK_UP: ifIndex <*>, ifAdminStatus <*>, ifOperStatus <*>, ifName <*>", [link]),
        (6, "UI_COMMIT: User '<*>' requested '<*>' operation (comment: <*>)", [lambda: R.choice(users), lambda: pick("commit", "commit", "commit confirmed", "commit synchronize"), lambda: pick("none", "none", "CHG0031245 add peer AS65002", "rollback bad filter")]),
        (6, "UI_COMMIT_COMPLETED: commit complete", []),
        (8, "UI_LOGIN_EVENT: User '<*>' login, class '<*>' [<*>], ssh-connection '<*>', client-mode '<*>'", [lambda: R.choice(users), lambda: pick("j-super-user", "j-operator", "j-read-only"), lambda: rint(10000, 99999), lambda: "%s %d %s 22" % (priv_ip(), R.randint(30000, 65000), priv_ip()), lambda: pick("cli", "cli", "junoscript")]),
        (8, "UI_LOGOUT_EVENT: User '<*>' logout", [lambda: R.choice(users)]),
        (20, "UI_CMDLINE_READ_LINE: User '<*>', command '<*>'", [lambda: R.choice(users), lambda: R.choice(cmds)]),
        (10, "SSHD_LOGIN_FAILED: Login failed for user '<*>' from host '<*>'", [lambda: pick("root", "admin", "ubnt", "test", "oracle"), pub_ip]),
        (18, "RT_FLOW_SESSION_CREATE: session created <*>-><*> <*> <*>-><*> <*> <*> <*> <*> <*> <*> <*>", [sess_create]),
        (14, "RT_FLOW_SESSION_CLOSE: session closed <*>: <*>-><*> <*> <*> <*> <*> <*> <*> <*>(<*>) <*>(<*>) <*>", [sess_close]),
        (8, "RT_FLOW_SESSION_DENY: session denied <*>-><*> <*> <*>(<*>) <*> <*> <*> <*> <*>", [sess_deny]),
        (2, "CHASSISD_FRU_OFFLINE_NOTICE: Taking <*> offline: <*>", [lambda: pick("PIC 0/1", "FPC 1"), lambda: pick("Offlined by cli command", "Error")]),
        (1, "LICENSE_EXPIRED_KEY_DELETED: License key \"<*>\" has expired.", ["JUNOS771234"]),
        (4, "RPD_OSPF_NBRDOWN: OSPF neighbor <*> (realm ospf-v2 <*> area <*>) state changed from <*> to <*> due to <*> (event reason: <*>)", [lambda: ospf_nbr(False)]),
        (3, "RPD_OSPF_NBRUP: OSPF neighbor <*> (realm ospf-v2 <*> area <*>) state changed from <*> to <*> due to <*> (event reason: <*>)", [lambda: ospf_nbr(True)]),
        (5, "SNMPD_AUTH_FAILURE: nsa_log_community: unauthorized SNMP community from <*> to <*> (<*>)", [pub_ip, lambda: priv_ip(), lambda: pick("public", "private", "cisco")]),
        (2, "JTASK_SCHED_SLIP: <*> sec scheduler slip, user: <*> sec <*> usec, system: <*> sec, <*> usec", [lambda: rint(2, 9), lambda: rint(0, 5), lambda: rint(0, 999999), lambda: rint(0, 2), lambda: rint(0, 999999)]),
    ]
    return ev


# ---------------------------------------------------------------- Express (Node.js, winston JSON; whole line)
def express():
    svc = lambda: pick("orders-api", "orders-api", "orders-api", "notifier")
    ts = lambda: iso_ts(3)
    uid = lambda: pick("u_%s" % hexs(10), str(R.randint(1000, 99999)))
    ip = lambda: pick(pub_ip(), "::ffff:" + priv_ip())
    path = lambda: R.choice(["/api/orders", "/api/orders/%d" % R.randint(10000, 99999), "/api/cart/items", "/api/auth/login", "/health", "/api/products?category=shoes&page=%d" % R.randint(1, 9), "/api/users/me"])

    def access():
        m = pick("GET", "GET", "GET", "POST", "PUT", "DELETE")
        return (m, path(), pick("200", "200", "200", "201", "204", "304", "400", "401", "404", "500"), pick(rint(2, 20000), "-"), ms(0.4, 900, 3))

    keys = lambda: R.choice(["product:%d" % R.randint(100, 9999), "session:%s" % hexs(16), "cart:%s" % uid(), "rates:EUR", "categories:all"])
    ev = [
        (38, '{"level":"http","message":"<*> <*> <*> <*> - <*> ms","service":"<*>","timestamp":"<*>"}', [access, svc, ts]),
        (2, '{"level":"info","message":"Server listening on port <*>","service":"<*>","timestamp":"<*>"}', [lambda: pick("3000", "8080"), svc, ts]),
        (2, '{"level":"info","message":"Connected to MongoDB at <*>","service":"<*>","timestamp":"<*>"}', [lambda: pick("mongodb://mongo-0.mongo:27017/orders", "mongodb://10.0.3.7:27017/orders?replicaSet=rs0"), svc, ts]),
        (8, '{"level":"warn","message":"Slow query on <*> took <*>ms","collection":"<*>","service":"<*>","timestamp":"<*>"}', [lambda: (lambda c: (c, R.randint(500, 9000), c))(pick("orders", "products", "users")), svc, ts]),
        (5, '{"level":"error","message":"Unhandled error on <*> <*>: <*>","stack":"<*>","service":"<*>","timestamp":"<*>"}', [lambda: pick("GET", "POST"), path, lambda: R.choice([("Cannot read properties of undefined (reading 'id')", "TypeError: Cannot read properties of undefined (reading 'id')\\n    at /app/src/routes/orders.js:%d:%d\\n    at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)" % (R.randint(20, 200), R.randint(5, 40))), ("connect ECONNREFUSED 10.0.3.9:6379", "Error: connect ECONNREFUSED 10.0.3.9:6379\\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)")]), svc, ts]),
        (12, '{"level":"info","message":"User <*> logged in","userId":"<*>","ip":"<*>","service":"<*>","timestamp":"<*>"}', [lambda: (lambda u: (pick("alice@example.com", "bob", "m.rossi@acme.io", "jdoe"), u))(uid()), ip, svc, ts]),
        (8, '{"level":"warn","message":"Invalid login attempt for <*>","ip":"<*>","attempt":<*>,"service":"<*>","timestamp":"<*>"}', [lambda: pick("admin", "alice@example.com", "test@test.com", "root"), ip, lambda: rint(1, 6), svc, ts]),
        (14, '{"level":"info","message":"Order <*> created","orderId":"<*>","total":<*>,"currency":"<*>","service":"<*>","timestamp":"<*>"}', [lambda: (lambda o: (o, o))("ORD-%d" % R.randint(100000, 999999)), lambda: "%.2f" % R.uniform(5, 900), lambda: pick("EUR", "USD", "GBP"), svc, ts]),
        (10, '{"level":"info","message":"Payment <*> for order <*>","provider":"<*>","service":"<*>","timestamp":"<*>"}', [lambda: pick("captured", "captured", "authorized", "refunded", "failed"), lambda: "ORD-%d" % R.randint(100000, 999999), lambda: pick("stripe", "paypal", "adyen"), svc, ts]),
        (11, '{"level":"debug","message":"Cache miss for key <*>","service":"<*>","timestamp":"<*>"}', [keys, svc, ts]),
        (12, '{"level":"debug","message":"Cache hit for key <*>","service":"<*>","timestamp":"<*>"}', [keys, svc, ts]),
        (3, '{"level":"error","message":"Redis connection error: <*>","service":"<*>","timestamp":"<*>"}', [lambda: pick("connect ECONNREFUSED 10.0.3.9:6379", "read ECONNRESET", "Socket closed unexpectedly"), svc, ts]),
        (2, '{"level":"info","message":"Received <*>, shutting down gracefully","service":"<*>","timestamp":"<*>"}', [lambda: pick("SIGTERM", "SIGINT"), svc, ts]),
        (10, '{"level":"info","message":"Job <*> completed in <*>ms","queue":"<*>","service":"<*>","timestamp":"<*>"}', [lambda: rint(1000, 99999), lambda: rint(3, 30000), lambda: pick("emails", "invoices", "webhooks"), "notifier", ts]),
        (4, '{"level":"error","message":"Job <*> failed after <*> attempts: <*>","queue":"<*>","service":"<*>","timestamp":"<*>"}', [lambda: rint(1000, 99999), lambda: pick("3", "5"), lambda: pick("Request failed with status code 502", "timeout of 10000ms exceeded", "Invalid recipient address"), lambda: pick("emails", "invoices", "webhooks"), "notifier", ts]),
        (5, '{"level":"warn","message":"Rate limit exceeded for <*>","route":"<*>","service":"<*>","timestamp":"<*>"}', [ip, lambda: pick("/api/auth/login", "/api/orders", "/api/search"), svc, ts]),
        (6, '{"level":"info","message":"Sent <*> email to <*>","template":"<*>","service":"<*>","timestamp":"<*>"}', [lambda: (lambda k: (k, pick("alice@example.com", "bob@example.org", "customer-%d@mail.com" % R.randint(1, 999)), k + "-v" + rint(1, 4)))(pick("order-confirmation", "password-reset", "shipping-update")), "notifier", ts]),
    ]
    return ev


SYSTEMS = [
    ("Nomad", nomad), ("containerd", containerd), ("Flink", flink), ("WildFly", wildfly), ("JavaGC", javagc), ("Gunicorn", gunicorn),
    ("Nagios", nagios), ("Sendmail", sendmail), ("Fluentd", fluentd), ("CiscoIOS", ciscoios), ("Juniper", juniper), ("Express", express),
]


def main():
    out = sys.stdout
    out.write("style\tevent\tsource\tmessage\n")
    for style, make in SYSTEMS:
        events = make()
        rows = []
        seen = {}
        for i, (count, template, gens) in enumerate(events, 1):
            eid = "%s-E%d" % (style, i)
            for _ in range(count):
                msg = fill(template, gens)
                if "\t" in msg or "\n" in msg or "\r" in msg:
                    raise ValueError("tab or newline in %s: %r" % (eid, msg))
                other = seen.setdefault(msg, eid)
                if other != eid:
                    raise ValueError("same message under %s and %s: %r" % (other, eid, msg))
                rows.append((eid, msg))
        R.shuffle(rows)
        for eid, msg in rows:
            out.write("%s\t%s\tsynthetic (%s format)\t%s\n" % (style, eid, style, msg))


if __name__ == "__main__":
    main()
