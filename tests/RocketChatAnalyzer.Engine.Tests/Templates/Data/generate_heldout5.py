#!/usr/bin/env python3
"""Writes labelled-logs-heldout5.tsv: a blind held-out set for log-template grouping accuracy (GA).

Usage: python3 generate_heldout5.py > labelled-logs-heldout5.tsv   (deterministic: fixed seed, stdlib only)

16 kinds of systems that are not used by any other labelled set in this folder: etcd (zap JSON),
CoreDNS, HashiCorp Vault, Traefik (logfmt), Envoy (access log + debug log), Keycloak, Rails
(GitLab production.log), Exim, fail2ban, NetworkManager, cron/anacron, Linux audit, Zabbix server,
Kubernetes control plane (kube-apiserver / kube-scheduler, klog), PHP-FPM and Celery.
The set was written blind: without looking at the template miner and without running it.

Columns: style, event (true template id), source, message.
message = what a log-parser benchmark sees: for line formats with a header (timestamp, level, pid,
logger name) the "Content" part after the header, as in the public Loghub collections; for JSON,
logfmt and key=value formats (etcd, Traefik, audit) the whole line as the system writes it.

Labels: one event per logging statement in the system's source; every value that changes between
occurrences of the statement is a variable, including words (users, hosts, jails, states, record
types, status texts, optional parts that the same statement prints or leaves out). Two different
statements are different events even when they look alike (e.g. fail2ban Ban / Unban, Celery
Soft / Hard time limit, Zabbix first / another network error).

Each system has a fixed, skewed count per event (a few frequent events, a long tail with events
that occur 1-3 times); the lines of a system are shuffled.
"""
import random
import sys

R = random.Random(5550517)


# ---------------------------------------------------------------------------------------------
# value helpers

def pick(*xs):
    return R.choice(xs)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid():
    h = hexs(32)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def ip():
    return "%d.%d.%d.%d" % (pick(10, 172, 192, 45, 89, 185, 203), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def lan_ip():
    return "10.%d.%d.%d" % (R.randint(0, 3), R.randint(0, 255), R.randint(2, 254))


def pod_ip():
    return "10.244.%d.%d" % (R.randint(0, 7), R.randint(2, 254))


def port():
    return R.randint(1024, 65535)


def ms(lo=0.1, hi=999.0):
    return "%.3fms" % R.uniform(lo, hi)


def b62(n):
    return "".join(R.choice("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") for _ in range(n))


def iso_ts():
    return "2024-06-%02dT%02d:%02d:%02d.%03dZ" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999))


def iso_ts6():
    return "2024-06-%02dT%02d:%02d:%02d.%06dZ" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59), R.randint(0, 999999))


def day():
    return "2024-06-%02d" % R.randint(1, 28)


def clock():
    return "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))


def epoch():
    return R.randint(1717200000, 1719500000)


STYLES = []


def style(name):
    def deco(f):
        STYLES.append((name, f))
        return f
    return deco


# ---------------------------------------------------------------------------------------------
# etcd 3.5, zap JSON lines (whole line)

@style("Etcd")
def etcd():
    members = ["8e9e05c52164694d", "91bc3c398fb3c146", "fd422379fda50e48"]

    def mem():
        return R.choice(members)

    def j(level, caller, msg, fields):
        parts = ['"level":"%s"' % level, '"ts":"%s"' % iso_ts6(), '"caller":"%s"' % caller, '"msg":"%s"' % msg]
        for k, v in fields:
            parts.append('"%s":%s' % (k, v if isinstance(v, int) else '"%s"' % v))
        return "{" + ",".join(parts) + "}"

    def took_too_long():
        kind = R.random()
        if kind < 0.6:
            res = pick("pods", "leases", "events", "configmaps", "secrets", "services/endpoints")
            ns = pick("default", "kube-system", "rocketchat", "monitoring")
            prefix, req = "read-only range ", 'key:\\"/registry/%s/%s/\\" range_end:\\"/registry/%s/%s0\\" ' % (res, ns, res, ns)
            resp = "range_response_count:%d size:%d" % (R.randint(0, 400), R.randint(100, 900000))
        elif kind < 0.85:
            prefix, req = "read-only range ", 'key:\\"/registry/leases/kube-node-lease/worker-%02d\\" ' % R.randint(1, 30)
            resp = "range_response_count:1 size:%d" % R.randint(500, 600)
        else:
            prefix = ""
            req = 'header:<ID:%d username:\\"kube-apiserver-etcd-client\\" auth_revision:1 > txn:<compare:<target:MOD key:\\"/registry/leases/kube-node-lease/worker-%02d\\" mod_revision:%d > success:<request_put:<key:\\"/registry/leases/kube-node-lease/worker-%02d\\" value_size:%d >> failure:<>>' % (R.randint(10**18, 10**19), R.randint(1, 30), R.randint(10**5, 10**7), R.randint(1, 30), R.randint(480, 560))
            resp = "size:%d" % R.randint(16, 24)
        return j("warn", "etcdserver/util.go:170", "apply request took too long",
                 [("took", ms(100, 2400)), ("expected-duration", "100ms"), ("prefix", prefix), ("request", req), ("response", resp)])

    rev = lambda: R.randint(1000000, 9000000)
    return [
        (38, "E1", took_too_long),
        (16, "E2", lambda: j("info", "mvcc/index.go:214", "compact tree index", [("revision", rev())])),
        (16, "E3", lambda: j("info", "mvcc/kvstore_compaction.go:66", "finished scheduled compaction", [("compact-revision", rev()), ("took", ms(5, 400)), ("hash", R.randint(10**8, 4 * 10**9)), ("current-db-size-bytes", R.randint(10**7, 10**9)), ("current-db-size", "%.1f MB" % R.uniform(10, 900)), ("current-db-size-in-use-bytes", R.randint(10**7, 10**9)), ("current-db-size-in-use", "%.1f MB" % R.uniform(10, 900))])),
        (10, "E4", lambda: j("warn", "etcdserver/v3_server.go:897", "waiting for ReadIndex response took too long, retrying", [("sent-request-id", R.randint(10**18, 10**19)), ("retry-timeout", "500ms")])),
        (9, "E5", lambda: j("warn", "wal/wal.go:805", "slow fdatasync", [("took", "%.9fs" % R.uniform(1, 6)), ("expected-duration", "1s")])),
        (8, "E6", lambda: j("warn", "rafthttp/probing_status.go:68", "prober detected unhealthy status", [("round-tripper-name", pick("ROUND_TRIPPER_SNAPSHOT", "ROUND_TRIPPER_RAFT_MESSAGE")), ("remote-peer-id", mem()), ("rtt", pick("0s", "%.6fms" % R.uniform(1, 9))), ("error", pick("dial tcp %s:2380: connect: connection refused" % lan_ip(), "dial tcp %s:2380: i/o timeout" % lan_ip()))])),
        (7, "E7", lambda: j("warn", "etcdserver/raft.go:369", "leader failed to send out heartbeat on time; took too long, leader is overloaded likely from slow disk", [("to", mem()), ("heartbeat-interval", "100ms"), ("expected-duration", "200ms"), ("exceeded-duration", ms(1, 900))])),
        (6, "E8", lambda: j("info", "fileutil/purge.go:85", "purged", [("path", "/var/lib/etcd/member/snap/%016x-%016x.snap" % (R.randint(2, 40), R.randint(10**5, 10**8)))])),
        (5, "E9", lambda: j("info", "etcdserver/server.go:1379", "triggering snapshot", [("local-member-id", mem()), ("local-member-applied-index", R.randint(10**5, 10**8)), ("local-member-snapshot-index", R.randint(10**5, 10**8)), ("local-member-snapshot-count", 10000)])),
        (5, "E10", lambda: j("info", "etcdserver/server.go:2466", "saved snapshot", [("snapshot-index", R.randint(10**5, 10**8))])),
        (5, "E11", lambda: j("info", "etcdserver/server.go:2496", "compacted Raft logs", [("compact-index", R.randint(10**5, 10**8))])),
        (3, "E12", lambda: j("info", "raft/raft.go:1019", "%s is starting a new election at term %d" % (mem(), R.randint(2, 40)), [])),
        (3, "E13", lambda: j("info", "raft/raft.go:713", "%s became candidate at term %d" % (mem(), R.randint(2, 40)), [])),
        (2, "E14", lambda: j("info", "raft/raft.go:825", "%s [logterm: %d, index: %d] sent MsgVote request to %s at term %d" % ((lambda a, t: (a, t - 1, R.randint(10**4, 10**7), R.choice([m for m in members if m != a]), t))(mem(), R.randint(3, 40))), [])),
        (2, "E15", lambda: j("info", "raft/node.go:324", "raft.node: %s elected leader %s at term %d" % (mem(), mem(), R.randint(2, 40)), [])),
        (2, "E16", lambda: j("info", "raft/raft.go:765", "%s became leader at term %d" % (mem(), R.randint(2, 40)), [])),
        (2, "E17", lambda: j("warn", "embed/config_logging.go:169", "rejected connection", [("remote-addr", "%s:%d" % (lan_ip(), port())), ("server-name", ""), ("error", pick("tls: first record does not look like a TLS handshake", "EOF", "remote error: tls: bad certificate"))])),
        (1, "E18", lambda: j("info", "embed/serve.go:100", "ready to serve client requests", [])),
        (1, "E19", lambda: j("info", "etcdmain/etcd.go:73", "Running: ", [("args", '[\\"etcd\\",\\"--advertise-client-urls=https://%s:2379\\",\\"--data-dir=/var/lib/etcd\\"]' % lan_ip())])),
    ]


# ---------------------------------------------------------------------------------------------
# CoreDNS: content after the "[LEVEL] " prefix

@style("CoreDNS")
def coredns():
    names = ["rocketchat.rocketchat.svc.cluster.local.", "mongodb-0.mongodb-headless.rocketchat.svc.cluster.local.",
             "api.github.com.", "registry-1.docker.io.", "kubernetes.default.svc.cluster.local.",
             "api.github.com.rocketchat.svc.cluster.local.", "collector.newrelic.com.svc.cluster.local.",
             "open.rocket.chat.", "gateway.rocket.chat.cluster.local.", "nats.rocketchat.svc.cluster.local."]

    def query():
        qtype = pick("A", "A", "AAAA", "AAAA", "SRV", "PTR", "TXT")
        name = R.choice(names)
        proto = pick("udp", "udp", "udp", "tcp")
        rcode = pick("NOERROR", "NOERROR", "NXDOMAIN", "NXDOMAIN", "NXDOMAIN", "SERVFAIL")
        flags = pick("qr,aa,rd", "qr,rd,ra", "qr,aa,rd,ra", "qr,rd")
        return '%s:%d - %d "%s IN %s %s %d %s %d" %s %s %d %.9fs' % (
            pod_ip(), port(), R.randint(1, 65535), qtype, name, proto, R.randint(30, 90), pick("false", "true"),
            pick(512, 1232, 4096), rcode, flags, R.randint(60, 400), R.uniform(0.00002, 0.09))

    def reflector():
        kind = pick(("EndpointSlice", "/apis/discovery.k8s.io/v1/endpointslices"), ("Service", "/api/v1/services"), ("Namespace", "/api/v1/namespaces"))
        return 'plugin/kubernetes: pkg/mod/k8s.io/client-go@v0.27.4/tools/cache/reflector.go:231: failed to list *v1.%s: Get "https://10.96.0.1:443%s?limit=500&resourceVersion=0": dial tcp 10.96.0.1:443: %s' % (kind[0], kind[1], pick("i/o timeout", "connect: connection refused", "connect: no route to host"))

    return [
        (62, "E1", query),
        (18, "E2", lambda: "plugin/errors: %d %s %s: read udp %s:%d->%s:53: i/o timeout" % (pick(2, 2, 5), R.choice(names), pick("A", "AAAA"), pod_ip(), port(), pick("8.8.8.8", "1.1.1.1", "10.0.0.2", "192.168.1.1"))),
        (12, "E3", reflector),
        (10, "E4", lambda: "plugin/reload: Running configuration SHA512 = %s" % hexs(128)),
        (7, "E5", lambda: 'plugin/ready: Still waiting on: "%s"' % pick("kubernetes", "kubernetes,loop", "kubernetes")),
        (6, "E6", lambda: "Reloading"),
        (6, "E7", lambda: "Reloading complete"),
        (4, "E8", lambda: "plugin/kubernetes: waiting for Kubernetes API before starting server"),
        (3, "E9", lambda: "plugin/health: Going into lameduck mode for %s" % pick("5s", "15s", "5s")),
        (3, "E10", lambda: "SIGTERM: Shutting down servers then terminating"),
        (2, "E11", lambda: "CoreDNS-%s" % pick("1.11.1", "1.10.1", "1.11.3")),
        (2, "E12", lambda: "linux/%s, %s, %s" % (pick("amd64", "arm64"), pick("go1.20.7", "go1.21.8", "go1.20.4"), hexs(7))),
        (2, "E13", lambda: 'plugin/kubernetes: Kubernetes API connection failure: Get "https://10.96.0.1:443/version": dial tcp 10.96.0.1:443: %s' % pick("i/o timeout", "connect: connection refused")),
        (1, "E14", lambda: 'plugin/loop: Loop (127.0.0.1:%d -> :53) detected for zone ".", see https://coredns.io/plugins/loop#troubleshooting. Query: "HINFO %d.%d."' % (port(), R.randint(10**18, 10**19), R.randint(10**17, 10**18))),
        (1, "E15", lambda: "plugin/forward: Not all upstreams are healthy, %d/%d" % (R.randint(0, 1), 2)),
    ]


# ---------------------------------------------------------------------------------------------
# HashiCorp Vault (hclog text): content after timestamp and [LEVEL]

@style("Vault")
def vault():
    def lease():
        return pick("auth/kubernetes/login/h%s" % b62(24), "database/creds/rocketchat-ro/%s" % b62(24), "auth/approle/login/h%s" % b62(24))

    def node(state):
        return '"Node at %s:8201 [%s]"' % (lan_ip(), state)

    return [
        (34, "E1", lambda: "expiration: revoked lease: lease_id=%s" % lease()),
        (14, "E2", lambda: "http: TLS handshake error from %s:%d: %s" % (ip(), port(), pick("EOF", "remote error: tls: bad certificate", "tls: client offered only unsupported versions: [302 301]"))),
        (12, "E3", lambda: "core: failed to get entity: error=\"%s\"" % pick("context deadline exceeded", "cannot find entity for alias %s" % uuid())),
        (10, "E4", lambda: 'core: successful mount: namespace="" path=%s type=%s version="%s"' % (pick(("secret/", "kv"), ("kv/", "kv"), ("database/", "database"), ("pki/", "pki"), ("transit/", "transit")) + (pick("", "v0.16.3+builtin"),))),
        (8, "E5", lambda: "core: post-unseal setup starting"),
        (8, "E6", lambda: "core: post-unseal setup complete"),
        (7, "E7", lambda: 'core: enabled credential backend: path=%s/ type=%s version="%s"' % ((lambda m: (m, m))(pick("kubernetes", "approle", "userpass", "oidc")) + (pick("", "v0.17.1+builtin"),))),
        (6, "E8", lambda: "storage.raft: heartbeat timeout reached, starting election: last-leader-addr=%s:8201 last-leader-id=%s" % (lan_ip(), pick("vault-0", "vault-1", "vault-2"))),
        (6, "E9", lambda: "storage.raft: entering candidate state: node=%s term=%d" % (node("Candidate"), R.randint(2, 300))),
        (5, "E10", lambda: "storage.raft: election won: term=%d tally=%d" % (R.randint(2, 300), pick(2, 3))),
        (5, "E11", lambda: "storage.raft: entering leader state: leader=%s" % node("Leader")),
        (4, "E12", lambda: "core: acquired lock, enabling active operation"),
        (4, "E13", lambda: "core: vault is unsealed"),
        (3, "E14", lambda: "core: entering standby mode"),
        (3, "E15", lambda: "expiration: lease restore complete"),
        (3, "E16", lambda: "core.cluster-listener.tcp: starting listener: listener_address=0.0.0.0:8201"),
        (2, "E17", lambda: "core: security barrier not initialized"),
        (2, "E18", lambda: "core: seal configuration missing, not initialized"),
        (2, "E19", lambda: 'core: mount tuning of options: path=%s options=map[version:%d]' % (pick("secret/", "kv/"), pick(1, 2))),
        (1, "E20", lambda: "rollback: starting rollback manager"),
        (1, "E21", lambda: 'core: error performing token check: error="%s"' % pick("permission denied", "bad token")),
    ]


# ---------------------------------------------------------------------------------------------
# Traefik v2, logfmt (whole line)

@style("Traefik")
def traefik():
    svcs = ["rocketchat", "grafana", "whoami", "api", "nextcloud"]

    def t():
        return 'time="%sZ"' % iso_ts()[:19]

    def ctr():
        return "%s-%s" % (R.choice(svcs), hexs(12))

    def fwd():
        host = "%s.example.com" % R.choice(svcs)
        path = pick("/", "/api/v1/info", "/sockjs/info?cb=%s" % b62(10), "/login", "/avatar/%s" % pick("alice", "bob", "admin"))
        req = '{"Method":"%s","URL":{"Scheme":"","Opaque":"","User":null,"Host":"","Path":"%s","RawPath":"","ForceQuery":false,"RawQuery":"","Fragment":"","RawFragment":""},"Proto":"HTTP/%s","Host":"%s","RemoteAddr":"%s:%d","RequestURI":"%s"}' % (
            pick("GET", "GET", "POST"), path.split("?")[0], pick("1.1", "2.0"), host, ip(), port(), path)
        return '%s level=debug msg="vulcand/oxy/roundrobin/rr: Forwarding this request to URL" ForwardURL="http://172.18.0.%d:%d" Request="%s"' % (t(), R.randint(2, 30), pick(3000, 8080, 80), req.replace('"', '\\"'))

    def acme():
        d = "%s.example.com" % pick("chat", "git", "grafana", "cloud")
        return '%s level=error msg="Unable to obtain ACME certificate for domains \\"%s\\": unable to generate a certificate for the domains [%s]: error: one or more domains had a problem:\\n[%s] acme: error: 403 :: urn:ietf:params:acme:error:unauthorized :: Invalid response from http://%s/.well-known/acme-challenge/%s: 404\\n" ACME CA="https://acme-v02.api.letsencrypt.org/directory" providerName=letsencrypt.acme routerName=%s@docker rule="Host(`%s`)"' % (
            t(), d, d, d, d, b62(43), R.choice(svcs), d)

    return [
        (36, "E1", fwd),
        (18, "E2", lambda: "%s level=error msg=\"'%s' caused by: %s\"" % (t(), pick("502 Bad Gateway", "502 Bad Gateway", "504 Gateway Timeout", "499 Client Closed Request"), pick("dial tcp 172.18.0.%d:8080: connect: connection refused" % R.randint(2, 30), "context canceled", "dial tcp 172.18.0.%d:3000: i/o timeout" % R.randint(2, 30), "EOF"))),
        (14, "E3", lambda: '%s level=debug msg="http: TLS handshake error from %s:%d: %s"' % (t(), ip(), port(), pick("EOF", "remote error: tls: unknown certificate", "tls: no cipher suite supported by both client and server", "read tcp 172.18.0.2:443->%s:%d: read: connection reset by peer" % (ip(), port())))),
        (12, "E4", lambda: '%s level=debug msg="Serving default certificate for request: \\"%s\\""' % (t(), pick("", "%s.example.com" % R.choice(svcs), lan_ip()))),
        (10, "E5", lambda: '%s level=debug msg="Creating middleware" entryPointName=%s middlewareName=%s middlewareType=%s routerName=%s@docker' % (t(), pick("web", "websecure"), pick("redirect-to-https@docker", "secure-headers@file", "compress@docker", "auth@file"), pick("RedirectScheme", "Headers", "Compress", "BasicAuth"), R.choice(svcs))),
        (8, "E6", lambda: '%s level=debug msg="Skipping same configuration" providerName=%s' % (t(), pick("docker", "file", "internal"))),
        (8, "E7", lambda: '%s level=error msg="service \\"%s\\" error: unable to find the IP address for the container \\"/%s\\": the server is ignored" container=%s providerName=docker' % (t(), R.choice(svcs), ctr().rsplit("-", 1)[0] + "-1", ctr())),
        (7, "E8", lambda: '%s level=warning msg="Could not find network named \'%s\' for container \'/%s-1\'! Maybe you\'re missing the project\'s prefix in the label? Defaulting to first available network." container=%s providerName=docker serviceName=%s' % (t(), pick("proxy", "traefik_default", "web"), R.choice(svcs), ctr(), R.choice(svcs))),
        (6, "E9", lambda: '%s level=debug msg="Adding certificate for domain(s) %s"' % (t(), ",".join("%s.example.com" % s for s in R.sample(["chat", "www", "git", "grafana", "cloud"], R.randint(1, 3))))),
        (5, "E10", acme),
        (4, "E11", lambda: '%s level=debug msg="Provider connection established with docker %s (API %s)" providerName=docker' % (t(), pick("24.0.7", "25.0.3", "20.10.24"), pick("1.43", "1.44", "1.41"))),
        (3, "E12", lambda: '%s level=info msg="Configuration loaded from flags."' % t()),
        (3, "E13", lambda: '%s level=info msg="Traefik version %s built on %s"' % (t(), pick("2.10.7", "2.11.0", "2.10.5"), iso_ts()[:19] + "Z")),
        (3, "E14", lambda: '%s level=info msg="Starting provider %s"' % (t(), pick("*docker.Provider", "*file.Provider", "*acme.ChallengeTLSALPN", "*traefik.Provider"))),
        (2, "E15", lambda: '%s level=info msg="I have to go..."' % t()),
        (2, "E16", lambda: '%s level=info msg="Stopping server gracefully"' % t()),
    ]


# ---------------------------------------------------------------------------------------------
# Envoy: default-format access log lines (whole line, no header) and the content of debug/info
# lines after the "[ts][thread][level][component] [source:line] " header.

@style("Envoy")
def envoy():
    def conn():
        return "C%d" % R.randint(1, 90000)

    def stream():
        return "S%d" % R.randint(10**18, 10**19)

    def access():
        method = pick("GET", "GET", "GET", "POST", "PUT", "DELETE")
        path = pick("/api/v1/users.info?username=%s" % pick("alice", "bob", "carol"), "/api/v1/channels.history?roomId=%s" % b62(17),
                    "/healthz", "/sockjs/%d/%s/websocket" % (R.randint(100, 999), b62(8)), "/api/v1/login", "/avatar/%s" % pick("alice", "dave"))
        code = pick(200, 200, 200, 200, 101, 304, 401, 404, 503)
        flags = "-" if code < 500 else pick("UF,URX", "UH", "UO")
        return '[%s] "%s %s %s" %d %s %d %d %d %s "%s" "%s" "%s" "%s" "%s"' % (
            iso_ts(), method, path, pick("HTTP/1.1", "HTTP/1.1", "HTTP/2"), code, flags, R.randint(0, 4000), R.randint(0, 90000),
            R.randint(0, 3000), pick("-", str(R.randint(0, 2900))), ip(),
            pick("Mozilla/5.0 (X11; Linux x86_64; rv:126.0) Gecko/20100101 Firefox/126.0", "RC Mobile; android v4.48.0 (250)", "kube-probe/1.29", "curl/8.5.0"),
            uuid(), pick("chat.example.com", "api.example.com"), pick("%s:3000" % pod_ip(), "-"))

    return [
        (40, "E1", access),
        (14, "E2", lambda: "[%s] remote close" % conn()),
        (12, "E3", lambda: "[%s] closing data_to_write=%d type=%d" % (conn(), R.choice([0, 0, 0, R.randint(1, 9000)]), pick(0, 1, 1, 2))),
        (10, "E4", lambda: "[%s] closing socket: %d" % (conn(), pick(0, 1))),
        (9, "E5", lambda: "[%s][%s] cluster '%s' match for URL '%s'" % (conn(), stream(), pick("rocketchat", "outbound|3000||rocketchat.rocketchat.svc.cluster.local", "grafana"), pick("/api/v1/users.info", "/healthz", "/", "/sockjs/info"))),
        (8, "E6", lambda: "[%s] new connection from %s:%d" % (conn(), ip(), port())),
        (7, "E7", lambda: "[%s] connecting to %s:%d" % (conn(), pod_ip(), pick(3000, 8080, 9090))),
        (6, "E8", lambda: "[%s] connected" % conn()),
        (6, "E9", lambda: "[%s][%s] upstream headers complete: end_stream=%s" % (conn(), stream(), pick("false", "true"))),
        (5, "E10", lambda: "[%s] adding to cleanup list" % conn()),
        (4, "E11", lambda: ("[%s][%s] upstream reset: reset reason: %s, transport failure reason: %s" % (conn(), stream(), pick("connection failure", "connection termination", "remote reset"), pick("", "delayed connect error: 111"))).rstrip()),
        (4, "E12", lambda: 'StreamAggregatedResources gRPC config stream to xds-grpc closed since %ds ago: 14, connection error: desc = "transport: Error while dialing: dial tcp 10.96.%d.%d:15012: connect: connection refused"' % (R.randint(1, 4000), R.randint(0, 255), R.randint(1, 254))),
        (3, "E13", lambda: "cds: add %d cluster(s), remove %d cluster(s)" % (R.randint(1, 80), R.randint(0, 6))),
        (3, "E14", lambda: "cds: added/updated %d cluster(s), skipped %d unmodified cluster(s)" % (R.randint(1, 6), R.randint(10, 80))),
        (3, "E15", lambda: "lds: add/update listener '%s'" % pick("0.0.0.0_8080", "0.0.0.0_443", "virtualOutbound", "%s_3000" % pod_ip())),
        (2, "E16", lambda: "all clusters initialized. initializing init manager"),
        (2, "E17", lambda: "all dependencies initialized. starting workers"),
        (1, "E18", lambda: "starting main dispatch loop"),
        (1, "E19", lambda: "initializing epoch 0 (base id=0, hot restart version=11.%d)" % pick(104, 120)),
        (1, "E20", lambda: "caught SIGTERM"),
    ]


# ---------------------------------------------------------------------------------------------
# Keycloak (Quarkus): content after "ts LEVEL [category] (thread) "

@style("Keycloak")
def keycloak():
    users = ["alice", "bob.smith", "admin", "j.doe@example.com", "svc-backup", "test", "carol"]

    def login_error():
        err = pick("invalid_user_credentials", "invalid_user_credentials", "user_not_found", "user_disabled", "user_temporarily_disabled")
        return "type=LOGIN_ERROR, realmId=%s, clientId=%s, userId=%s, ipAddress=%s, error=%s, auth_method=openid-connect, auth_type=code, redirect_uri=%s, code_id=%s, username=%s, authSessionParentId=%s, authSessionTabId=%s" % (
            pick("master", "rocketchat", uuid()), pick("rocketchat", "account-console", "security-admin-console", "grafana"),
            "null" if err == "user_not_found" else uuid(), ip(), err,
            pick("https://chat.example.com/_oauth/keycloak", "https://sso.example.com/realms/master/account/#/", "https://grafana.example.com/login/generic_oauth"),
            uuid(), R.choice(users), uuid(), b62(11))

    features = ["agroal", "cdi", "hibernate-orm", "jdbc-h2", "jdbc-mariadb", "jdbc-mssql", "jdbc-mysql", "jdbc-oracle", "jdbc-postgresql",
                "keycloak", "logging-gelf", "micrometer", "narayana-jta", "reactive-routes", "resteasy-reactive", "resteasy-reactive-jackson",
                "smallrye-context-propagation", "smallrye-health", "vertx"]

    def node():
        return "keycloak-%d-%d" % (R.randint(0, 2), R.randint(1000, 99999))

    def view():
        ms_ = [node() for _ in range(R.randint(1, 3))]
        return "ISPN000094: Received new cluster view for channel ISPN: [%s|%d] (%d) [%s]" % (ms_[0], R.randint(1, 30), len(ms_), ", ".join(ms_))

    return [
        (42, "E1", login_error),
        (16, "E2", lambda: "KC-SERVICES0013: Failed authentication: org.keycloak.authentication.AuthenticationFlowException"),
        (14, "E3", lambda: "Request is missing scope 'openid' so it's not treated as OIDC, but just pure OAuth2 request."),
        (12, "E4", lambda: "Uncaught server error: %s" % pick("java.lang.NullPointerException", "org.keycloak.models.ModelDuplicateException: Duplicate resource error", "jakarta.ws.rs.NotFoundException: HTTP 404 Not Found", "org.hibernate.exception.JDBCConnectionException: Unable to acquire JDBC Connection")),
        (10, "E5", view),
        (8, "E6", lambda: "Some clients have been not been logged out for user %s in %s realm: %s" % (R.choice(users), pick("master", "rocketchat"), ", ".join(R.sample(["rocketchat", "grafana", "nextcloud", "gitlab"], R.randint(1, 3))))),
        (7, "E7", lambda: "ISPN000079: Channel `ISPN` local address is `%s`, physical addresses are `[%s:7800]`" % (node(), pod_ip())),
        (6, "E8", lambda: "Keycloak %s on JVM (powered by Quarkus %s) started in %.3fs. Listening on: http://0.0.0.0:8080. Management interface listening on http://0.0.0.0:9000." % (pick("24.0.4", "24.0.5", "25.0.1"), pick("3.8.4", "3.8.5"), R.uniform(6, 60))),
        (6, "E9", lambda: "Installed features: [%s]" % ", ".join(sorted(R.sample(features, R.randint(9, 17))))),
        (5, "E10", lambda: "Profile %s activated." % pick("prod", "prod", "dev")),
        (4, "E11", lambda: "KC-SERVICES0047: %s (%s) is implementing the internal SPI %s. This SPI is internal and may change without notice" % pick(("metrics", "org.jboss.aerogear.keycloak.metrics.MetricsEndpointFactory", "realm-restapi-extension"), ("metrics-listener", "org.jboss.aerogear.keycloak.metrics.MetricsEventListenerFactory", "eventsListener"), ("custom-theme-selector", "com.example.keycloak.ThemeSelectorProviderFactory", "themeSelector"))),
        (3, "E12", lambda: "Keycloak stopped in %.3fs" % R.uniform(0.05, 2)),
        (2, "E13", lambda: "KC-SERVICES0050: Initializing %s realm" % pick("master")),
        (2, "E14", lambda: "KC-SERVICES0009: Added user '%s' to realm '%s'" % (pick("admin", "kcadmin"), "master")),
        (2, "E15", lambda: "ISPN000080: Disconnecting JGroups channel `ISPN`"),
        (1, "E16", lambda: "KC-SERVICES0077: Created temporary admin user with username %s" % pick("temp-admin", "admin")),
    ]


# ---------------------------------------------------------------------------------------------
# Rails (GitLab production.log): content without leading indentation

@style("Rails")
def rails():
    routes = [
        ("GET", "/%s/%s/-/issues?state=opened", "Projects::IssuesController#index", lambda g, p: '{"state"=>"opened", "namespace_id"=>"%s", "project_id"=>"%s"}' % (g, p)),
        ("GET", "/%s/%s/-/merge_requests/%d", "Projects::MergeRequestsController#show", lambda g, p: '{"namespace_id"=>"%s", "project_id"=>"%s", "id"=>"%d"}' % (g, p, R.randint(1, 900))),
        ("GET", "/%s/%s", "ProjectsController#show", lambda g, p: '{"namespace_id"=>"%s", "id"=>"%s"}' % (g, p)),
        ("POST", "/users/sign_in", "SessionsController#create", lambda g, p: '{"authenticity_token"=>"[FILTERED]", "user"=>{"login"=>"%s", "password"=>"[FILTERED]", "remember_me"=>"0"}}' % pick("alice", "bob", "root")),
        ("GET", "/api/v4/projects/%d/pipelines", "Grape", None),
    ]
    groups = ["platform", "rocketchat", "infra", "web-team"]
    projects = ["rocket-chat-helm", "backend", "docs", "ops-scripts", "mobile-app"]

    def started():
        m, pat, _, _ = R.choice(routes)
        path = pat
        if "%s/%s" in pat:
            path = pat.replace("%s/%s", "%s/%s" % (R.choice(groups), R.choice(projects)), 1)
        if "%d" in path:
            path = path.replace("%d", str(R.randint(1, 900)))
        return 'Started %s "%s" for %s at %s %s +0000' % (m, path, ip(), day(), clock())

    def processing():
        ctl = R.choice([r[2] for r in routes if r[2] != "Grape"])
        return "Processing by %s as %s" % (ctl, pick("HTML", "HTML", "JSON", "*/*"))

    def params():
        r = R.choice([r for r in routes if r[3]])
        return "Parameters: %s" % r[3](R.choice(groups), R.choice(projects))

    def completed():
        st = pick((200, "OK"), (200, "OK"), (200, "OK"), (302, "Found"), (304, "Not Modified"), (401, "Unauthorized"), (404, "Not Found"), (422, "Unprocessable Entity"), (500, "Internal Server Error"))
        parts = []
        if st[0] in (200, 404, 500) and R.random() < 0.7:
            parts.append("Views: %.1fms" % R.uniform(0.1, 900))
        parts.append("ActiveRecord: %.1fms" % R.uniform(0, 400))
        parts.append("Elasticsearch: %.1fms" % pick(0.0, 0.0, R.uniform(0, 90)))
        parts.append("Allocations: %d" % R.randint(300, 900000))
        return "Completed %d %s in %dms (%s)" % (st[0], st[1], R.randint(2, 9000), " | ".join(parts))

    def exception():
        return pick('ActionController::RoutingError (No route matches [GET] "%s"):' % pick("/wp-login.php", "/.env", "/favicon.ico", "/%s/%s/-/raw/main/README.md" % (R.choice(groups), R.choice(projects))),
                    "ActiveRecord::RecordNotFound (Couldn't find Project with 'id'=%d):" % R.randint(1, 9000),
                    "ActionController::InvalidAuthenticityToken (Can't verify CSRF token authenticity.):",
                    "Rack::Timeout::RequestTimeoutException (Request ran for longer than %dms ):" % pick(60000, 60000))

    return [
        (30, "E1", started),
        (26, "E2", processing),
        (22, "E3", params),
        (26, "E4", completed),
        (10, "E5", lambda: "Rendered %s within layouts/%s (Duration: %.1fms | Allocations: %d)" % (pick("projects/issues/index.html.haml", "projects/show.html.haml", "devise/sessions/new.html.haml"), pick("project", "devise", "application"), R.uniform(1, 900), R.randint(300, 90000))),
        (8, "E6", lambda: "Rendered layout layouts/%s.html.haml (Duration: %.1fms | Allocations: %d)" % (pick("project", "devise", "application"), R.uniform(1, 900), R.randint(300, 90000))),
        (7, "E7", lambda: "Redirected to https://gitlab.example.com/%s" % pick("users/sign_in", "%s/%s" % (R.choice(groups), R.choice(projects)), "dashboard/projects")),
        (5, "E8", exception),
        (3, "E9", lambda: "Filter chain halted as :%s rendered or redirected" % pick("authenticate_user!", "authorize_read_project!", "verify_namespace_plan_check_was_shown!")),
        (2, "E10", lambda: "Can't verify CSRF token authenticity."),
        (1, "E11", lambda: "Sent data %s-%s-%s.zip (%.1fms)" % (R.choice(projects), pick("main", "v2.3.1"), hexs(40), R.uniform(0.1, 9))),
    ]


# ---------------------------------------------------------------------------------------------
# Exim mainlog: content after the timestamp

@style("Exim")
def exim():
    def mid():
        return "%s-%s-%s" % (b62(6), b62(6), b62(2))

    locals_ = ["alice", "bob", "info", "support", "noreply", "j.doe"]
    domains = ["example.com", "example.org", "mail.acme.io", "gmail.com", "outlook.com"]

    def addr():
        return "%s@%s" % (R.choice(locals_), R.choice(domains))

    def helo():
        return pick("mail-%s.outbound.protection.outlook.com" % b62(5).lower(), "mx%d.mailgun.net" % R.randint(1, 9), "localhost", "WIN-%s" % b62(11).upper(), "[%s]" % ip())

    def sender_host():
        # Exim prints the verified reverse name, or "(helo)" when there is none
        return pick("mail-%s.outbound.protection.outlook.com" % b62(5).lower(), "mail-%s.google.com" % pick("wr1-f45", "lf1-f54", "ej1-f43"), "mx%d.mailgun.net" % R.randint(1, 9), "(%s)" % helo())

    def arrival():
        if R.random() < 0.8:
            return "%s <= %s H=%s [%s] P=esmtps X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=no S=%d id=%s@%s" % (mid(), addr(), sender_host(), ip(), R.randint(800, 9000000), b62(16), R.choice(domains))
        return "%s <= %s H=%s [%s] P=esmtp S=%d id=%s@%s" % (mid(), addr(), sender_host(), ip(), R.randint(800, 90000), b62(16), R.choice(domains))

    def delivery():
        mx = pick("gmail-smtp-in.l.google.com", "mx1.example.org", "example-com.mail.protection.outlook.com")
        return '%s => %s R=dnslookup T=remote_smtp H=%s [%s] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C="250 2.0.0 OK  %d %s.%d - gsmtp"' % (mid(), addr(), mx, ip(), epoch(), b62(20), R.randint(100, 999))

    def deferred():
        a = addr()
        if R.random() < 0.5:
            return "%s == %s R=dnslookup T=remote_smtp defer (-44) H=%s [%s]: SMTP error from remote mail server after RCPT TO:<%s>: 451 4.7.1 Greylisted, please try again later" % (mid(), a, pick("mx1.example.org", "mx.mail.acme.io"), ip(), a)
        return "%s == %s R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host for '%s'" % (mid(), a, a.split("@")[1])

    def rejected():
        reason = pick("relay not permitted", "relay not permitted", "Rejected because %s is in a black list at zen.spamhaus.org" % ip(), "Unrouteable address", "Sender verify failed")
        return "H=(%s) [%s] F=<%s> rejected RCPT <%s>: %s" % (helo(), ip(), addr(), addr(), reason)

    return [
        (24, "E1", arrival),
        (22, "E2", delivery),
        (20, "E3", lambda: "%s Completed" % mid()),
        (16, "E4", rejected),
        (12, "E5", lambda: "SMTP connection from [%s]:%d I=[%s]:25 (TCP/IP connection count = %d)" % (ip(), port(), lan_ip(), R.randint(1, 12))),
        (10, "E6", lambda: "SMTP connection from (%s) [%s]:%d I=[%s]:25 closed by QUIT" % (helo(), ip(), port(), lan_ip())),
        (8, "E7", deferred),
        (6, "E8", lambda: "%s ** %s R=dnslookup T=remote_smtp H=%s [%s]: SMTP error from remote mail server after RCPT TO:<%s>: 550 5.1.1 User unknown" % ((lambda a: (mid(), a, pick("mx1.example.org", "mx.mail.acme.io"), ip(), a))(addr()))),
        (5, "E9", lambda: "no host name found for IP address %s" % ip()),
        (4, "E10", lambda: "Start queue run: pid=%d" % R.randint(1000, 99999)),
        (4, "E11", lambda: "End queue run: pid=%d" % R.randint(1000, 99999)),
        (3, "E12", lambda: "TLS error on connection from (%s) [%s]:%d I=[%s]:25 (SSL_accept): error:0A000126:SSL routines::unexpected eof while reading" % (helo(), ip(), port(), lan_ip())),
        (3, "E13", lambda: "unexpected disconnection while reading SMTP command from (%s) [%s]:%d I=[%s]:25 D=%ds" % (helo(), ip(), port(), lan_ip(), R.randint(0, 300))),
        (2, "E14", lambda: "%s Frozen (delivery error message)" % mid()),
        (1, "E15", lambda: 'SMTP protocol synchronization error (input sent without waiting for greeting): rejected connection from H=[%s]:%d I=[%s]:25 input="GET / HTTP/1.1\\r\\nHost: %s\\r\\n"' % (ip(), port(), lan_ip(), ip())),
        (1, "E16", lambda: "exim %s daemon started: pid=%d, -q30m, listening for SMTP on port 25 (IPv6 and IPv4) port 587 (IPv6 and IPv4) port 465 (IPv6 and IPv4)" % (pick("4.96", "4.97"), R.randint(500, 9000))),
    ]


# ---------------------------------------------------------------------------------------------
# fail2ban: content after "fail2ban.<logger> [pid]: LEVEL "

@style("Fail2ban")
def fail2ban():
    jails = ["sshd", "sshd", "sshd", "nginx-http-auth", "postfix-sasl", "recidive"]

    def jail():
        return R.choice(jails)

    def ts():
        return "%s %s" % (day(), clock())

    return [
        (44, "E1", lambda: "[%s] Found %s - %s" % (jail(), ip(), ts())),
        (18, "E2", lambda: "[%s] Ban %s" % (jail(), ip())),
        (14, "E3", lambda: "[%s] Unban %s" % (jail(), ip())),
        (8, "E4", lambda: "[%s] %s already banned" % (jail(), ip())),
        (7, "E5", lambda: "[%s] Restore Ban %s" % (jail(), ip())),
        (6, "E6", lambda: "[%s] Ignore %s by %s" % (jail(), pick("127.0.0.1", lan_ip()), pick("ip", "ip", "command"))),
        (5, "E7", lambda: "Jail '%s' started" % jail()),
        (5, "E8", lambda: "Jail '%s' stopped" % jail()),
        (4, "E9", lambda: "Jail '%s' uses %s {}" % (jail(), pick("systemd", "pyinotify", "poller"))),
        (4, "E10", lambda: "Creating new jail '%s'" % jail()),
        (4, "E11", lambda: "Added logfile: '%s' (pos = %d, hash = %s)" % (pick("/var/log/auth.log", "/var/log/nginx/error.log", "/var/log/mail.log", "/var/log/fail2ban.log"), R.randint(0, 9000000), hexs(40))),
        (4, "E12", lambda: "maxRetry: %d" % pick(3, 5, 5)),
        (4, "E13", lambda: "findtime: %d" % pick(600, 3600, 86400)),
        (4, "E14", lambda: "banTime: %d" % pick(600, 3600, 604800)),
        (3, "E15", lambda: "[%s] Jail is in operation now (process new journal entries)" % jail()),
        (2, "E16", lambda: "Starting Fail2ban v%s" % pick("1.0.2", "0.11.2")),
        (2, "E17", lambda: "Connected to fail2ban persistent database '/var/lib/fail2ban/fail2ban.sqlite3'"),
        (1, "E18", lambda: "Shutdown in progress..."),
        (1, "E19", lambda: "Exiting Fail2ban"),
        (1, "E20", lambda: "[%s] Increase Ban %s (%d # %s -> %s %s)" % (jail(), ip(), R.randint(2, 6), pick("2:00:00", "4:00:00", "1 day, 0:00:00"), day(), clock())),
    ]


# ---------------------------------------------------------------------------------------------
# NetworkManager: content after "<level>  [epoch.ms] "

@style("NetworkManager")
def network_manager():
    devs = ["wlp2s0", "enp0s31f6", "eth0", "wlan0"]
    conns = ["Wired connection 1", "HomeNet 5G", "eduroam", "Office-Guest", "vpn-corp"]
    states = ["unmanaged", "unavailable", "disconnected", "prepare", "config", "need-auth", "ip-config", "ip-check", "secondaries", "activated", "deactivating", "failed"]
    reasons = ["none", "none", "none", "managed", "user-requested", "supplicant-disconnect", "carrier-changed", "new-activation"]

    def dev():
        return R.choice(devs)

    def state_change():
        i = R.randint(0, len(states) - 2)
        return "device (%s): state change: %s -> %s (reason '%s', sys-iface-state: '%s')" % (dev(), states[i], states[i + 1], R.choice(reasons), pick("managed", "managed", "external", "assume"))

    def veth():
        return "veth%s" % hexs(7)

    sup = ["disconnected", "scanning", "authenticating", "associating", "associated", "4way_handshake", "completed", "inactive"]

    def sup_change():
        i = R.randint(0, len(sup) - 2)
        return sup[i], sup[i + 1]

    return [
        (40, "E1", state_change),
        (12, "E2", lambda: "device (%s): supplicant interface state: %s -> %s" % ((pick("wlp2s0", "wlan0"),) + sup_change())),
        (8, "E3", lambda: "device (p2p-dev-%s): supplicant management interface state: %s -> %s" % ((pick("wlp2s0", "wlan0"),) + sup_change())),
        (10, "E4", lambda: "dhcp4 (%s): state changed new lease, address=192.168.%d.%d" % (dev(), R.randint(0, 3), R.randint(2, 254))),
        (9, "E5", lambda: "manager: NetworkManager state is now %s" % pick("CONNECTED_GLOBAL", "CONNECTED_GLOBAL", "CONNECTING", "CONNECTED_SITE", "DISCONNECTED", "ASLEEP", "CONNECTED_LOCAL")),
        (8, "E6", lambda: "device (%s): Activation: starting connection '%s' (%s)" % (dev(), R.choice(conns), uuid())),
        (8, "E7", lambda: "device (%s): Activation: successful, device activated." % dev()),
        (7, "E8", lambda: "policy: set '%s' (%s) as default for IPv%s routing and DNS" % (R.choice(conns), dev(), pick("4", "4", "6"))),
        (6, "E9", lambda: "manager: (%s): new %s device (/org/freedesktop/NetworkManager/Devices/%d)" % (pick((veth(), "Veth"), (veth(), "Veth"), ("docker0", "Bridge"), ("br-%s" % hexs(12), "Bridge"), ("tun0", "Tun"), ("enp0s31f6", "Ethernet")) + (R.randint(3, 90),))),
        (6, "E10", lambda: "device (%s): carrier: link connected" % pick(veth(), "enp0s31f6", "eth0", "docker0")),
        (5, "E11", lambda: "dhcp4 (%s): activation: beginning transaction (timeout in %d seconds)" % (dev(), pick(45, 45, 90))),
        (5, "E12", lambda: 'device (%s): Activation: (wifi) Stage 2 of 5 (Device Configure) successful. Connected to wireless network "%s"' % (pick("wlp2s0", "wlan0"), pick("HomeNet 5G", "eduroam", "Office-Guest", "FRITZ!Box 7590 KL"))),
        (4, "E13", lambda: 'audit: op="connection-activate" uuid="%s" name="%s" pid=%d uid=%d result="%s"' % (uuid(), R.choice(conns), R.randint(900, 9000), pick(0, 1000), pick("success", "success", "fail"))),
        (3, "E14", lambda: "device (%s): set-hw-addr: set MAC address to %s (%s)" % (pick("wlp2s0", "wlan0"), ":".join(hexs(2).upper() for _ in range(6)), pick("scanning", "preserve", "permanent"))),
        (3, "E15", lambda: "manager: sleep: %s requested (sleeping: %s  enabled: yes)" % pick(("sleep", "no"), ("wake", "yes"))),
        (2, "E16", lambda: "device (%s): disconnecting for new activation request." % dev()),
        (2, "E17", lambda: "agent-manager: agent[%s,:1.%d/org.gnome.Shell.NetworkAgent/%d]: agent registered" % (hexs(16), R.randint(30, 300), pick(1000, 1001))),
        (1, "E18", lambda: "NetworkManager (version %s) is starting... (boot:%s)" % (pick("1.42.4", "1.46.0"), uuid())),
        (1, "E19", lambda: "modem-manager: ModemManager not available"),
    ]


# ---------------------------------------------------------------------------------------------
# cron (Debian) and anacron: content after "CRON[pid]: " / "anacron[pid]: "

@style("Cron")
def cron():
    cmds = [
        "[ -x /usr/lib/php/sessionclean ] && if [ ! -d /run/systemd/system ]; then /usr/lib/php/sessionclean; fi",
        "cd / && run-parts --report /etc/cron.hourly",
        "test -x /usr/sbin/anacron || { cd / && run-parts --report /etc/cron.daily; }",
        "/usr/local/bin/backup-mongo.sh >> /var/log/backup.log 2>&1",
        "command -v debian-sa1 > /dev/null && debian-sa1 1 1",
        "php -f /var/www/nextcloud/cron.php",
        "/usr/bin/certbot renew --quiet",
    ]
    users = ["root", "root", "root", "www-data", "deploy", "backup"]
    jobs = ["cron.daily", "cron.weekly", "cron.monthly"]

    def job_terminated():
        return "Job `%s' terminated%s" % (R.choice(jobs), pick("", "", "", " (mailing output)", " (exit status: 1) (mailing output)"))

    def normal_exit():
        n = pick(1, 1, 2, 3)
        return "Normal exit (%d job%s run)" % (n, "" if n == 1 else "s")

    return [
        (44, "E1", lambda: "(%s) CMD (%s)" % (R.choice(users), R.choice(cmds))),
        (24, "E2", lambda: "pam_unix(cron:session): session opened for user %s(uid=%d) by (uid=0)" % pick(("root", 0), ("root", 0), ("www-data", 33), ("deploy", 1001), ("backup", 34))),
        (22, "E3", lambda: "pam_unix(cron:session): session closed for user %s" % R.choice(users)),
        (9, "E4", lambda: "(CRON) info (No MTA installed, discarding output)"),
        (6, "E5", lambda: "Job `%s' started" % R.choice(jobs)),
        (6, "E6", job_terminated),
        (5, "E7", lambda: "(%s) RELOAD (%s)" % pick(("root", "crontabs/root"), ("deploy", "crontabs/deploy"), ("*system*", "/etc/crontab"), ("*system*php", "/etc/cron.d/php"))),
        (4, "E8", lambda: "Anacron %s started on %s" % (pick("2.3"), day())),
        (4, "E9", lambda: "Will run job `%s' in %d min." % (R.choice(jobs), R.randint(5, 45))),
        (4, "E10", lambda: "Jobs will be executed sequentially"),
        (3, "E11", normal_exit),
        (3, "E12", lambda: "(CRON) error (grandchild #%d failed with exit status %d)" % (R.randint(1000, 99999), pick(1, 2, 127))),
        (2, "E13", lambda: "(CRON) INFO (pidfile fd = %d)" % 3),
        (2, "E14", lambda: "(CRON) INFO (Running @reboot jobs)"),
        (1, "E15", lambda: "(CRON) INFO (Skipping @reboot jobs -- not system startup)"),
        (1, "E16", lambda: "(root) MAIL (mailed %d bytes of output but got status 0x%04x from MTA#012)" % (R.randint(40, 9000), pick(0x004B, 0x0001))),
        (1, "E17", lambda: "(%s) WRONG FILE OWNER (%s)" % pick(("*system*backup", "/etc/cron.d/backup"), ("*system*certbot", "/etc/cron.d/certbot"))),
        (1, "E18", lambda: "Updated timestamp for job `%s' to %s" % (R.choice(jobs), day())),
    ]


# ---------------------------------------------------------------------------------------------
# Linux audit (audit.log records, whole line)

@style("Audit")
def audit():
    def hdr():
        return "msg=audit(%d.%03d:%d):" % (epoch(), R.randint(0, 999), R.randint(100, 999999))

    def pam():
        op, grant = pick(("PAM:authentication", "pam_unix"), ("PAM:accounting", "pam_unix,pam_localuser"), ("PAM:session_open", "pam_selinux,pam_loginuid,pam_keyinit,pam_limits,pam_systemd,pam_unix"),
                         ("PAM:session_close", "pam_selinux,pam_loginuid,pam_keyinit,pam_limits,pam_systemd,pam_unix"), ("PAM:setcred", "pam_env,pam_unix"))
        typ = {"PAM:authentication": "USER_AUTH", "PAM:accounting": "USER_ACCT", "PAM:session_open": "USER_START", "PAM:session_close": "USER_END", "PAM:setcred": pick("CRED_ACQ", "CRED_DISP")}[op]
        exe = pick("/usr/sbin/sshd", "/usr/sbin/crond", "/usr/bin/sudo", "/usr/sbin/sshd")
        remote = exe == "/usr/sbin/sshd"
        res = "success" if R.random() < 0.85 else "failed"
        return "type=%s %s pid=%d uid=0 auid=%s ses=%s subj=system_u:system_r:%s:s0-s0:c0.c1023 msg='op=%s grantors=%s acct=\"%s\" exe=\"%s\" hostname=%s addr=%s terminal=%s res=%s'" % (
            typ, hdr(), R.randint(900, 99999), pick("1000", "4294967295", "0"), pick(str(R.randint(1, 900)), "4294967295"),
            pick("sshd_t", "crond_t", "sudo_t"), op, grant if res == "success" else "?", pick("root", "alice", "deploy"), exe,
            ip() if remote else "?", ip() if remote else "?", "ssh" if remote else pick("cron", "/dev/pts/0"), res)

    def syscall():
        comm, exe = pick(("sudo", "/usr/bin/sudo"), ("bash", "/usr/bin/bash"), ("curl", "/usr/bin/curl"), ("python3", "/usr/bin/python3.11"), ("node", "/usr/local/bin/node"))
        return 'type=SYSCALL %s arch=c000003e syscall=%d success=%s exit=%d a0=%s a1=%s a2=%s a3=%s items=%d ppid=%d pid=%d auid=%d uid=%d gid=%d euid=%d suid=%d fsuid=%d egid=%d sgid=%d fsgid=%d tty=%s ses=%d comm="%s" exe="%s" subj=unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023 key="%s"' % (
            hdr(), pick(59, 59, 257, 2, 42), pick("yes", "yes", "no"), pick(0, 3, -13, -2), hexs(12), hexs(12), hexs(12), hexs(1), R.randint(0, 3), R.randint(900, 99999), R.randint(900, 99999),
            pick(1000, 0), pick(0, 1000), pick(0, 1000), 0, 0, 0, 0, 0, 0, pick("pts0", "pts1", "(none)"), R.randint(1, 900), comm, exe, pick("exec", "identity", "privileged", "(null)"))

    def execve():
        args = R.choice([["sudo", "systemctl", "restart", "rocketchat"], ["curl", "-s", "http://localhost:3000/api/info"], ["ls", "-la"], ["bash", "/opt/backup.sh"], ["python3", "-m", "pip", "install", "-r", "requirements.txt"]])
        return "type=EXECVE %s argc=%d %s" % (hdr(), len(args), " ".join('a%d="%s"' % (i, a) for i, a in enumerate(args)))

    def path_rec():
        return 'type=PATH %s item=%d name="%s" inode=%d dev=fd:%02d mode=0%o ouid=%d ogid=%d rdev=00:00 obj=system_u:object_r:%s:s0 nametype=%s cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0 cap_frootid=0' % (
            hdr(), pick(0, 1), pick("/usr/bin/sudo", "/lib64/ld-linux-x86-64.so.2", "/etc/shadow", "/usr/bin/curl", "/etc/passwd"), R.randint(10000, 9000000), pick(0, 1), pick(0o100755, 0o100644, 0o104755), 0, 0,
            pick("bin_t", "ld_so_t", "shadow_t", "passwd_file_t"), pick("NORMAL", "NORMAL", "CREATE", "DELETE"))

    def service():
        return "type=%s %s pid=1 uid=0 auid=4294967295 ses=4294967295 subj=system_u:system_r:init_t:s0 msg='unit=%s comm=\"systemd\" exe=\"/usr/lib/systemd/systemd\" hostname=? addr=? terminal=? res=%s'" % (
            pick("SERVICE_START", "SERVICE_STOP"), hdr(), pick("rocketchat", "mongod", "sysstat-collect", "NetworkManager-dispatcher", "dnf-makecache", "user-runtime-dir@1000"), pick("success", "success", "failed"))

    return [
        (34, "E1", pam),
        (22, "E2", syscall),
        (14, "E3", path_rec),
        (12, "E4", lambda: "type=PROCTITLE %s proctitle=%s" % (hdr(), hexs(R.choice([16, 24, 40, 62, 88])).upper())),
        (12, "E5", service),
        (10, "E6", execve),
        (8, "E7", lambda: 'type=CWD %s cwd="%s"' % (hdr(), pick("/root", "/home/alice", "/", "/opt/rocketchat"))),
        (7, "E8", lambda: "type=USER_LOGIN %s pid=%d uid=0 auid=%s ses=%s subj=system_u:system_r:sshd_t:s0-s0:c0.c1023 msg='op=login %s exe=\"/usr/sbin/sshd\" hostname=? addr=%s terminal=ssh res=%s'" % (hdr(), R.randint(900, 99999), pick("1000", "4294967295"), pick(str(R.randint(1, 900)), "4294967295"), pick('acct="root"', 'acct="alice"', "id=1000", 'acct="(unknown)"'), ip(), pick("success", "failed", "failed"))),
        (5, "E9", lambda: "type=CRYPTO_KEY_USER %s pid=%d uid=0 auid=%s ses=%s subj=system_u:system_r:sshd_t:s0-s0:c0.c1023 msg='op=destroy kind=%s fp=%s direction=? spid=%d suid=%d  exe=\"/usr/sbin/sshd\" hostname=? addr=%s terminal=? res=success'" % (hdr(), R.randint(900, 99999), pick("1000", "4294967295"), pick(str(R.randint(1, 900)), "4294967295"), pick("server", "session"), pick("SHA256:%s" % hexs(64), "?"), R.randint(900, 99999), pick(0, 74, 1000), ip())),
        (4, "E10", lambda: "type=USER_CMD %s pid=%d uid=%d auid=%d ses=%d subj=unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023 msg='cwd=\"%s\" cmd=%s exe=\"/usr/bin/sudo\" terminal=pts/%d res=success'" % (hdr(), R.randint(900, 99999), 1000, 1000, R.randint(1, 900), pick("/home/alice", "/opt/rocketchat"), hexs(R.choice([20, 36, 48])).upper(), R.randint(0, 3))),
        (4, "E11", lambda: 'type=AVC %s avc:  denied  { %s } for  pid=%d comm="%s" name="%s" dev="%s" ino=%d scontext=system_u:system_r:%s:s0 tcontext=system_u:object_r:%s:s0 tclass=%s permissive=0' % (hdr(), pick("read", "write", "name_connect", "open"), R.randint(900, 99999), pick("nginx", "httpd", "node"), pick("rocketchat.sock", "config.json", "3000"), pick("dm-0", "tmpfs"), R.randint(1000, 9000000), pick("httpd_t", "init_t"), pick("var_run_t", "etc_t", "unreserved_port_t"), pick("sock_file", "file", "tcp_socket"))),
        (3, "E12", lambda: "type=BPF %s prog-id=%d op=%s" % (hdr(), R.randint(10, 900), pick("LOAD", "UNLOAD"))),
        (2, "E13", lambda: 'type=ANOM_ABEND %s auid=%d uid=%d gid=%d ses=%d subj=system_u:system_r:unconfined_service_t:s0 pid=%d comm="%s" exe="%s" sig=%d res=1' % (hdr(), pick(4294967295, 1000), pick(0, 1000), pick(0, 1000), R.randint(1, 900), R.randint(900, 99999), *(pick(("node", "/usr/local/bin/node"), ("mongod", "/usr/bin/mongod")) + (pick(6, 11),)))),
        (1, "E14", lambda: "type=CONFIG_CHANGE %s auid=%d ses=%d subj=unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023 op=add_rule key=\"%s\" list=4 res=1" % (hdr(), 1000, R.randint(1, 900), pick("identity", "exec"))),
        (1, "E15", lambda: "type=DAEMON_START %s op=start ver=%s format=enriched kernel=%s auid=4294967295 pid=%d uid=0 ses=4294967295 subj=system_u:system_r:auditd_t:s0 res=success" % (hdr(), pick("3.1.2"), pick("5.14.0-427.13.1.el9_4.x86_64", "6.8.0-35-generic"), R.randint(600, 900))),
    ]


# ---------------------------------------------------------------------------------------------
# Zabbix server: content after "  pid:yyyymmdd:hhmmss.mmm "

@style("Zabbix")
def zabbix():
    hosts = ["web01", "web02", "db01", "mongo-rs0-1", "chat-prod-3", "fw-edge"]
    keys = ["system.cpu.load[percpu,avg1]", "vfs.fs.size[/,pfree]", "net.if.in[\"eth0\"]", "proc.num[node]", "web.page.get[localhost,/api/info,3000]", "mongodb.ping"]

    def host():
        return R.choice(hosts)

    def itype():
        return pick("Zabbix agent", "Zabbix agent", "Zabbix agent", "SNMP")

    def not_supported():
        return 'item "%s:%s" became not supported: %s' % (host(), R.choice(keys), pick("Cannot obtain filesystem information: [2] No such file or directory", "Unsupported item key.", "Cannot evaluate function: item \"%s\" not found" % R.choice(keys), "Timeout while executing a shell script.", "Value of type \"string\" is not suitable for value type \"Numeric (float)\". Value \"n/a\""))

    def housekeeper():
        return "housekeeper [deleted %d hist/trends, %d items/triggers, %d events, %d problems, %d sessions, %d alarms, %d audit items, %d autoreg_host, %d records in %.6f sec, idle for %d hour(s)]" % (
            R.randint(0, 900000), R.randint(0, 9), R.randint(0, 900), R.randint(0, 900), R.randint(0, 40), 0, R.randint(0, 90), 0, R.randint(0, 90), R.uniform(0.01, 90), pick(1, 1, 4))

    def accept():
        return "failed to accept an incoming connection: from %s: %s" % (ip(), pick("reading first byte from connection failed: [104] Connection reset by peer", "TLS handshake returned error code 1: file ssl/record/ssl3_record.c line 354: error:0A00010B:SSL routines::wrong version number: TLS write fatal alert \"protocol version\"", "connection of type \"unencrypted\" is not allowed for host \"%s\"" % host()))

    procs = ["poller", "poller", "trapper", "history syncer", "unreachable poller", "http poller", "housekeeper", "alert manager", "preprocessing worker", "configuration syncer"]

    return [
        (26, "E1", not_supported),
        (14, "E2", lambda: 'item "%s:%s" became supported' % (host(), R.choice(keys))),
        (16, "E3", lambda: '%s item "%s" on host "%s" failed: first network error, wait for %d seconds' % (itype(), R.choice(keys), host(), 15)),
        (9, "E4", lambda: '%s item "%s" on host "%s" failed: another network error, wait for %d seconds' % (itype(), R.choice(keys), host(), 15)),
        (10, "E5", lambda: 'temporarily disabling %s checks on host "%s": interface unavailable' % (itype(), host())),
        (10, "E6", lambda: 'resuming %s checks on host "%s": connection restored' % (itype(), host())),
        (12, "E7", lambda: 'cannot send list of active checks to "%s": host [%s] not found' % (ip(), pick("web01", "Zabbix server", "chat-prod-%d" % R.randint(4, 9), "laptop-alice"))),
        (8, "E8", lambda: "executing housekeeper"),
        (8, "E9", housekeeper),
        (6, "E10", lambda: 'slow query: %.6f sec, "%s"' % (R.uniform(3, 60), pick("select itemid,clock,value from history where itemid=%d and clock>%d" % (R.randint(10000, 99999), epoch()), "delete from history_uint where itemid=%d limit 10000" % R.randint(10000, 99999), "update items set lastlogsize=%d where itemid=%d;" % (R.randint(0, 10**6), R.randint(10000, 99999))))),
        (6, "E11", accept),
        (6, "E12", lambda: "server #%d started [%s #%d]" % (R.randint(1, 60), R.choice(procs), R.randint(1, 10))),
        (2, "E13", lambda: "Starting Zabbix Server. Zabbix %s (revision %s)." % (pick("6.0.25", "6.4.12"), hexs(8))),
        (2, "E14", lambda: "Zabbix Server stopped. Zabbix %s (revision %s)." % (pick("6.0.25", "6.4.12"), hexs(8))),
        (2, "E15", lambda: "database is down: reconnecting in %d seconds" % 10),
        (1, "E16", lambda: "database connection re-established"),
        (1, "E17", lambda: "[Z3001] connection to database 'zabbix' failed: [2002] Can't connect to local MySQL server through socket '/var/run/mysqld/mysqld.sock' (2)"),
        (1, "E18", lambda: "forced reloading of the configuration cache"),
    ]


# ---------------------------------------------------------------------------------------------
# Kubernetes control plane (kube-apiserver, kube-scheduler), klog: content after
# "I0601 12:00:00.123456       1 file.go:123] "

@style("KubeControlPlane")
def kube():
    nss = ["default", "rocketchat", "kube-system", "monitoring", "ingress-nginx"]

    def pod():
        base = pick("rocketchat-%s-%s" % (hexs(9), b62(5).lower()), "mongodb-%d" % R.randint(0, 2), "nats-%d" % R.randint(0, 2), "prometheus-k8s-%d" % R.randint(0, 1), "cronjob-backup-%d-%s" % (R.randint(28000000, 29000000), b62(5).lower()))
        return "%s/%s" % (R.choice(nss), base)

    def node():
        return "worker-%d" % R.randint(1, 9)

    def http():
        verb = pick("GET", "GET", "GET", "LIST", "PUT", "PATCH", "WATCH", "POST")
        uri = pick("/api/v1/namespaces/%s/pods?limit=500" % R.choice(nss), "/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/%s?timeout=10s" % node(),
                   "/api/v1/nodes/%s/status?timeout=10s" % node(), "/apis/apps/v1/namespaces/%s/deployments/rocketchat" % R.choice(nss), "/readyz", "/livez")
        return '"HTTP" verb="%s" URI="%s" latency="%s" userAgent="%s" audit-ID="%s" srcIP="%s:%d" resp=%d' % (
            verb, uri, pick(ms(0.2, 90), "%.6fs" % R.uniform(1, 30)), pick("kubelet/v1.29.4 (linux/amd64) kubernetes/55019c8", "kubectl/v1.29.2 (linux/amd64) kubernetes/4b8e819", "kube-probe/1.29", "helm/v3.14.4"),
            uuid(), lan_ip(), port(), pick(200, 200, 200, 201, 404, 409, 422, 429))

    def unschedulable():
        n = R.randint(3, 9)
        a = R.randint(1, n - 1)
        reasons = pick("%d Insufficient memory, %d node(s) didn't match Pod's node affinity/selector" % (a, n - a),
                       "%d Insufficient cpu, %d node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }" % (a, n - a),
                       "%d node(s) had volume node affinity conflict, %d node(s) didn't match Pod's node affinity/selector" % (a, n - a),
                       "%d pod has unbound immediate PersistentVolumeClaims" % n)
        return '"Unable to schedule pod; no fit; waiting" pod="%s" err="0/%d nodes are available: %s. preemption: 0/%d nodes are available: %d Preemption is not helpful for scheduling."' % (pod(), n, reasons, n, n)

    def trace_start():
        return 'Trace[%d]: "%s" accept:application/json, */*,audit-id:%s,client:%s,api-group:%s,api-version:v1,name:%s,subresource:,namespace:%s,protocol:HTTP/2.0,resource:%s,scope:%s,url:%s,user-agent:%s,verb:%s (%s-Jun-2024 %s.%03d) (total time: %dms):' % (
            R.randint(10**8, 10**10), pick("List", "Update", "Get"), uuid(), lan_ip(), pick("", "apps"), pick("", "rocketchat"), R.choice(nss), pick("pods", "deployments", "events"), pick("namespace", "resource"),
            pick("/api/v1/namespaces/rocketchat/pods", "/apis/apps/v1/namespaces/rocketchat/deployments/rocketchat"), pick("kubectl/v1.29.2 (linux/amd64) kubernetes/4b8e819", "kube-controller-manager/v1.29.4 (linux/amd64) kubernetes/55019c8/system:serviceaccount:kube-system:deployment-controller"),
            pick("LIST", "PUT", "GET"), "%02d" % R.randint(1, 28), clock(), R.randint(0, 999), R.randint(500, 30000))

    return [
        (45, "E1", http),
        (18, "E2", lambda: '"Successfully bound pod to node" pod="%s" node="%s" evaluatedNodes=%d feasibleNodes=%d' % (pod(), node(), R.randint(3, 9), R.randint(1, 3))),
        (12, "E3", unschedulable),
        (9, "E4", trace_start),
        (9, "E5", lambda: 'Trace[%d]: ---"Writing http response done" count:%d %dms (%s.%03d)' % (R.randint(10**8, 10**10), R.randint(1, 900), R.randint(100, 30000), clock(), R.randint(0, 999))),
        (9, "E6", lambda: "Trace[%d]: [%.6fs] [%.6fs] END" % (R.randint(10**8, 10**10), R.uniform(0.5, 30), R.uniform(0.5, 30))),
        (8, "E7", lambda: '"Unable to authenticate the request" err="[%s]"' % pick("invalid bearer token, service account token has expired", "x509: certificate has expired or is not yet valid: current time %sT%sZ is after %sT%sZ" % (day(), clock(), day(), clock()), "invalid bearer token, Token has been invalidated")),
        (7, "E8", lambda: "watch chan error: etcdserver: mvcc: required revision has been compacted"),
        (6, "E9", lambda: "quota admission added evaluator for: %s" % pick("deployments.apps", "replicasets.apps", "endpoints", "leases.coordination.k8s.io", "serviceaccounts", "jobs.batch", "cronjobs.batch", "horizontalpodautoscalers.autoscaling")),
        (5, "E10", lambda: "http: TLS handshake error from %s:%d: %s" % (lan_ip(), port(), pick("EOF", "remote error: tls: bad certificate"))),
        (4, "E11", lambda: "Caches are synced for %s" % pick("autoregister controller", "crd-autoregister", "configmaps", "cluster_authentication_trust_controller", "APIServiceRegistrationController controller", "AvailableConditionController controller")),
        (3, "E12", lambda: "attempting to acquire leader lease kube-system/kube-scheduler..."),
        (2, "E13", lambda: "successfully acquired lease kube-system/kube-scheduler"),
        (2, "E14", lambda: '"Starting Kubernetes Scheduler" version="%s"' % pick("v1.29.4", "v1.30.1")),
        (1, "E15", lambda: '"Error scheduling pod; retrying" err="Operation cannot be fulfilled on pods/binding \\"%s\\": pod %s is already assigned to node \\"%s\\"" pod="%s"' % ((lambda p: (p.split("/")[1], p.split("/")[1], node(), p))(pod()))),
    ]


# ---------------------------------------------------------------------------------------------
# PHP-FPM: content after "[dd-Mon-yyyy hh:mm:ss] LEVEL: "

@style("PHPFPM")
def php_fpm():
    pools = ["www", "www", "www", "nextcloud", "api"]

    def pool():
        return R.choice(pools)

    def child():
        return R.randint(1000, 99999)

    scripts = ["/var/www/html/index.php", "/var/www/nextcloud/index.php", "/var/www/nextcloud/remote.php", "/var/www/api/public/index.php"]
    def req():
        return pick('GET /index.php', 'POST /remote.php/dav/files/alice/Documents/report.pdf', 'GET /index.php/apps/files/ajax/getstoragestats', 'PROPFIND /remote.php/dav/files/bob/', 'GET /index.php?page=%d' % R.randint(1, 90))

    def stderr():
        msg = pick('PHP message: PHP Warning:  Undefined array key "%s" in %s on line %d' % (pick("id", "user", "HTTP_X_FORWARDED_FOR"), R.choice(scripts), R.randint(10, 900)),
                   "PHP message: PHP Fatal error:  Allowed memory size of %d bytes exhausted (tried to allocate %d bytes) in /var/www/nextcloud/lib/private/Files/View.php on line %d" % (pick(134217728, 536870912), R.randint(4096, 9000000), R.randint(10, 2000)),
                   "PHP message: PHP Deprecated:  Creation of dynamic property %s::$%s is deprecated in %s on line %d" % (pick("OC\\Files\\Node\\File", "App\\Models\\User"), pick("cache", "fileInfo"), R.choice(scripts), R.randint(10, 900)))
        return '[pool %s] child %d said into %s: "%s"' % (pool(), child(), pick("stderr", "stderr", "stderr", "stdout"), msg)

    return [
        (30, "E1", stderr),
        (20, "E2", lambda: "[pool %s] child %d started" % (pool(), child())),
        (16, "E3", lambda: "[pool %s] child %d exited with code %d after %.6f seconds from start" % (pool(), child(), pick(0, 0, 0, 255), R.uniform(0.5, 90000))),
        (12, "E4", lambda: "[pool %s] server reached pm.max_children setting (%d), consider raising it" % (pool(), pick(5, 20, 50, 120))),
        (10, "E5", lambda: "[pool %s] seems busy (you may need to increase pm.start_servers, or pm.min/max_spare_servers), spawning %d children, there are %d idle, and %d total children" % (pool(), pick(8, 16, 32), R.randint(0, 3), R.randint(5, 120))),
        (10, "E6", lambda: "[pool %s] child %d, script '%s' (request: \"%s\") executing too slow (%.6f sec), logging" % (pool(), child(), R.choice(scripts), req(), R.uniform(5, 60))),
        (8, "E7", lambda: "child %d stopped for tracing" % child()),
        (8, "E8", lambda: "about to trace %d" % child()),
        (8, "E9", lambda: "finished trace of %d" % child()),
        (5, "E10", lambda: "[pool %s] child %d exited on signal %s after %.6f seconds from start" % (pool(), child(), pick("9 (SIGKILL)", "11 (SIGSEGV)", "15 (SIGTERM)"), R.uniform(0.5, 90000))),
        (3, "E11", lambda: "[pool %s] child %d, script '%s' (request: \"%s\") execution timed out (%.6f sec), terminating" % (pool(), child(), R.choice(scripts), req(), R.uniform(30, 300))),
        (2, "E12", lambda: "fpm is running, pid %d" % R.randint(300, 9000)),
        (2, "E13", lambda: "ready to handle connections"),
        (2, "E14", lambda: "Terminating ..."),
        (1, "E15", lambda: "exiting, bye-bye!"),
        (1, "E16", lambda: "Reloading in progress ..."),
        (1, "E17", lambda: "[pool %s] '%s' directive is ignored when FPM is not running as root" % (pool(), pick("user", "group"))),
        (1, "E18", lambda: "systemd monitor interval set to %dms" % 10000),
    ]


# ---------------------------------------------------------------------------------------------
# Celery worker and beat: content after "[ts: LEVEL/Process] "

@style("Celery")
def celery():
    tasks = ["app.tasks.send_email", "app.tasks.send_push_notification", "reports.tasks.generate_daily_report", "sync.tasks.import_ldap_users", "app.tasks.cleanup_sessions", "billing.tasks.charge_customer"]

    def task():
        return R.choice(tasks)

    def result():
        return pick("None", "None", "None", "True", "{'sent': %d, 'failed': %d}" % (R.randint(0, 900), R.randint(0, 9)), "'ok'", "[%s]" % ", ".join(str(R.randint(1, 9999)) for _ in range(R.randint(1, 4))))

    def broker():
        return pick("redis://redis:6379/0", "redis://redis:6379/0", "amqp://guest:**@rabbitmq:5672//")

    def exc():
        return pick("ConnectionError('Error 111 connecting to redis:6379. Connection refused.')", "SMTPServerDisconnected('Connection unexpectedly closed')",
                    "OperationalError('server closed the connection unexpectedly\\n\\tThis probably means the server terminated abnormally\\n\\tbefore or while processing the request.\\n')",
                    "KeyError('user_id')", "HTTPError('503 Server Error: Service Unavailable for url: https://gateway.rocket.chat/push/gcm/send')")

    return [
        (36, "E1", lambda: "Task %s[%s] received" % (task(), uuid())),
        (32, "E2", lambda: "Task %s[%s] succeeded in %ss: %s" % (task(), uuid(), pick("%.9f" % R.uniform(0.001, 2), "%.3f" % R.uniform(1, 300)), result())),
        (12, "E3", lambda: "Task %s[%s] raised unexpected: %s" % (task(), uuid(), exc())),
        (10, "E4", lambda: "Task %s[%s] retry: Retry in %ds: %s" % (task(), uuid(), pick(10, 60, 180, 300), exc())),
        (8, "E5", lambda: "Scheduler: Sending due task %s (%s)" % pick(("cleanup-sessions-every-hour", "app.tasks.cleanup_sessions"), ("daily-report", "reports.tasks.generate_daily_report"), ("ldap-sync", "sync.tasks.import_ldap_users"))),
        (6, "E6", lambda: "consumer: Cannot connect to %s: %s.. Trying again in %.2f seconds... (%d/100)" % (pick(("redis://redis:6379/0", "Error 111 connecting to redis:6379. Connection refused"), ("redis://redis:6379/0", "Error -3 connecting to redis:6379. Temporary failure in name resolution"), ("amqp://guest:**@rabbitmq:5672//", "[Errno 111] Connection refused")) + (pick(2.0, 4.0, 6.0, 8.0), R.randint(1, 12)))),
        (5, "E7", lambda: "Connected to %s" % broker()),
        (4, "E8", lambda: "mingle: searching for neighbors"),
        (3, "E9", lambda: "mingle: all alone"),
        (2, "E10", lambda: "mingle: sync with %d nodes" % R.randint(2, 5)),
        (4, "E11", lambda: "celery@%s ready." % pick("worker-%d" % R.randint(1, 4), "rc-jobs-%s" % b62(5).lower())),
        (3, "E12", lambda: "Hard time limit (%ds) exceeded for %s[%s]" % (pick(300, 600), task(), uuid())),
        (3, "E13", lambda: "Soft time limit (%ds) exceeded for %s[%s]" % (pick(240, 540), task(), uuid())),
        (3, "E14", lambda: "Process 'ForkPoolWorker-%d' pid:%d exited with 'signal 9 (SIGKILL)'" % (R.randint(1, 16), R.randint(100, 99999))),
        (3, "E15", lambda: "Connection to broker lost. Trying to re-establish the connection..."),
        (2, "E16", lambda: "Received unregistered task of type '%s'." % pick("app.tasks.old_send_email", "tasks.legacy_export")),
        (2, "E17", lambda: "Task handler raised error: WorkerLostError('Worker exited prematurely: signal 9 (SIGKILL) Job: %d.')" % R.randint(1, 9000)),
        (1, "E18", lambda: "beat: Starting..."),
        (1, "E19", lambda: "Events of group {task} enabled by remote."),
    ]


# ---------------------------------------------------------------------------------------------

def main():
    out = sys.stdout
    out.write("style\tevent\tsource\tmessage\n")
    for name, make in STYLES:
        events = make()
        ids = [eid for _, eid, _ in events]
        assert len(ids) == len(set(ids)), name
        rows = []
        for count, eid, f in events:
            assert count >= 1
            rows.extend([(eid, f)] * count)
        R.shuffle(rows)
        for eid, f in rows:
            msg = f()
            assert "\t" not in msg and "\n" not in msg and "\r" not in msg, (name, eid, msg)
            assert msg == msg.strip(), (name, eid, msg)
            out.write("%s\t%s-%s\tsynthetic (%s format)\t%s\n" % (name, name, eid, name, msg))


main()
