#!/usr/bin/env python3
"""Writes blind-c.tsv: a blind labelled set for template grouping accuracy (GA), see README.md here.

Usage: python3 generate_blind-c.py > blind-c.tsv   (deterministic: fixed seed, stdlib only)

Ten kinds of systems no other set has: MIT Kerberos KDC (krb5kdc), CUPS error_log, wpa_supplicant,
BlueZ bluetoothd, Puppet agent, Cisco ASA, ClamAV (clamd + freshclam), Proxmox VE daemons
(pvedaemon, pveproxy, pvestatd, pmxcfs, pve-ha-lrm, qmeventd), a Minecraft (Paper) server and Caddy
(JSON log lines). Messages are written as those programs print them, as best known to the author;
for formats with a syslog/application header only the message part after the header is kept (the
Loghub "Content" column); Caddy's JSON lines are kept whole.

Labels follow the Loghub convention: one event per logging statement; every value the statement
fills in is a variable (<*>), words included (states, reasons, program and user names, status words
such as krb5kdc's ISSUE/NEEDED_PREAUTH, Puppet's 'refresh', ASA's inbound/outbound); the statement's
fixed words are constants. Each event is written as its template and filled by value generators; the
generator fails if a message matches another event's template of the same system, if one message
text would get two labels, or if a message contains a tab or newline.
"""
import re
import sys
import random

R = random.Random(20261127)
LINES_PER_STYLE = 150


def pick(*xs):
    return R.choice(xs)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ip():
    return "%d.%d.%d.%d" % (R.choice([10, 172, 192, 203, 198, 45, 185, 91]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def lan_ip():
    return "10.%d.%d.%d" % (R.randint(0, 20), R.randint(0, 255), R.randint(2, 254))


def port():
    return str(R.randint(1024, 65535))


def mac():
    return ":".join("%02x" % R.randint(0, 255) for _ in range(6))


def uuid():
    h = hexs(32)
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def num(a, b):
    return str(R.randint(a, b))


def dec(a, b, places=3):
    return ("%." + str(places) + "f") % R.uniform(a, b)


STYLES = {}


def style(name, source):
    def deco(f):
        STYLES[name] = (source, f)
        return f
    return deco


# ---------------------------------------------------------------------------------- Kerberos KDC
REALMS = ["EXAMPLE.COM", "CORP.ACME.LOCAL", "LAB.UNI-FOO.DE"]
KRB_USERS = ["alice", "bob", "carol.smith", "svc-backup", "jdoe", "admin/admin", "host/ws042.corp.acme.local", "nfs-client"]
ETYPES = [("aes256-cts-hmac-sha1-96", 18), ("aes128-cts-hmac-sha1-96", 17), ("aes256-cts-hmac-sha384-192", 20),
          ("aes128-cts-hmac-sha256-128", 19), ("DEPRECATED:des3-cbc-sha1", 16), ("DEPRECATED:arcfour-hmac", 23),
          ("camellia256-cts-cmac", 26), ("camellia128-cts-cmac", 25)]


def ktypes():
    n = R.choice([2, 4, 6, 8])
    sel = ETYPES[:n]
    return "%d etypes {%s}" % (n, ", ".join("%s(%d)" % e for e in sel))


def rep_etypes():
    e = "%s(%d)" % ETYPES[R.choice([0, 0, 0, 1, 2])]
    return "etypes {rep=%s, tkt=%s, ses=%s}" % (e, "aes256-cts-hmac-sha1-96(18)", e)


def princ():
    return "%s@%s" % (R.choice(KRB_USERS), R.choice(REALMS))


def tgt():
    r = R.choice(REALMS)
    return "krbtgt/%s@%s" % (r, r)


def svc():
    return "%s/%s.%s@%s" % (pick("HTTP", "host", "nfs", "ldap", "cifs", "imap"), pick("web01", "files", "dc2", "mail", "git", "ws042"),
                            pick("corp.acme.local", "example.com"), R.choice(REALMS))


AS_FAIL = [("NEEDED_PREAUTH", "Additional pre-authentication required"), ("CLIENT_NOT_FOUND", "Client not found in Kerberos database"),
           ("PREAUTH_FAILED", "Preauthentication failed"), ("LOCKED_OUT", "Client's credentials have been revoked"),
           ("CLIENT EXPIRED", "Client's entry in database has expired"), ("KDC_ERR_ETYPE_NOSUPP", "KDC has no support for encryption type")]


@style("Kerberos", "synthetic (MIT krb5kdc syslog format)")
def kerberos():
    def as_fail():
        s, m = R.choice(AS_FAIL)
        return (ktypes(), ip(), s, princ(), tgt(), m)

    def tgs():
        if R.random() < 0.75:
            return (ktypes(), ip(), "ISSUE", num(1764000000, 1764300000), rep_etypes() + ", " + princ(), svc())
        s, m = pick(("UNKNOWN_SERVER", "Server not found in Kerberos database"), ("TICKET NOT RENEWABLE", "KDC can't fulfill requested option"),
                    ("BAD_ENCRYPTION_TYPE", "KDC has no support for encryption type"))
        return (ktypes(), ip(), s, "0", " " + princ(), svc() + ", " + m)

    return [
        (40, "E1", "AS_REQ (<*>) <*>: ISSUE: authtime <*>, <*>, <*> for <*>",
         lambda: (ktypes(), ip(), num(1764000000, 1764300000), rep_etypes(), princ(), tgt())),
        (25, "E2", "AS_REQ (<*>) <*>: <*>: <*> for <*>, <*>", as_fail),
        (45, "E3", "TGS_REQ (<*>) <*>: <*>: authtime <*>, <*> for <*>", tgs),
        (14, "E4", "closing down fd <*>", lambda: (num(11, 40),)),
        (6, "E5", "preauth (<*>) verify failure: <*>",
         lambda: (pick("encrypted_timestamp", "encrypted_challenge", "spake"), pick("Preauthentication failed", "Decrypt integrity check failed"))),
        (1, "E6", "commencing operation", lambda: ()),
        (1, "E7", "setting up network...", lambda: ()),
        (4, "E8", "listening on fd <*>: <*> <*>",
         lambda: (num(9, 16), pick("udp", "tcp"), pick("0.0.0.0.88", "0.0.0.0.464", "::.88", "::.750") + pick(" (pktinfo)", ""))),
        (1, "E9", "set up <*> sockets", lambda: (pick("4", "6", "8"),)),
        (1, "E10", "shutting down", lambda: ()),
        (2, "E11", "Couldn't open log file <*>: <*>", lambda: (pick("/var/log/krb5kdc.log", "/var/log/kerberos/kdc.log"), pick("Permission denied", "No such file or directory"))),
        (3, "E12", "TGS_REQ : handled authentication <*> for <*>, <*>",
         lambda: (princ(), svc(), pick("Ticket expired", "Clock skew too great", "Request is a replay"))),
    ]


# ---------------------------------------------------------------------------------- CUPS error_log
PRINTERS = ["HP_LaserJet_M404", "Brother_HL-L2350DW", "Office-3F-Color", "EPSON_ET-2850", "Canon_iR-ADV_C5535", "PDF"]
CUPS_USERS = ["alice", "bob", "mweber", "root", "guest", "j.doe"]
FILTERS = ["/usr/lib/cups/filter/pdftopdf", "/usr/lib/cups/filter/gstoraster", "/usr/lib/cups/filter/rastertopclx",
           "/usr/lib/cups/filter/foomatic-rip", "/usr/lib/cups/filter/brlaser", "/usr/lib/cups/filter/gstopdf"]
BACKENDS = ["/usr/lib/cups/backend/ipp", "/usr/lib/cups/backend/socket", "/usr/lib/cups/backend/usb", "/usr/lib/cups/backend/dnssd"]
IPP_OPS = ["Get-Jobs", "Get-Printer-Attributes", "CUPS-Get-Printers", "Create-Job", "Send-Document", "Print-Job", "CUPS-Get-Default", "Get-Job-Attributes"]


def job():
    return num(100, 2400)


def prn_uri():
    return pick("ipp://localhost/printers/%s" % R.choice(PRINTERS), "ipp://localhost/", "ipp://localhost/jobs/%s" % job(), "ipp://localhost/admin/")


@style("CUPS", "synthetic (CUPS error_log format)")
def cups():
    def exited():
        f = R.choice(FILTERS + BACKENDS)
        return (job(), num(2000, 99999), f)

    return [
        (22, "E1", "[Client <*>] Returning IPP <*> for <*> (<*>) from <*>.",
         lambda: (num(1, 400), pick("successful-ok", "successful-ok", "successful-ok", "client-error-not-found", "successful-ok-ignored-or-substituted-attributes"),
                  R.choice(IPP_OPS), prn_uri(), pick("localhost", "[v1.::1]", lan_ip(), "ws042.local"))),
        (14, "E2", "[Job <*>] Started filter <*> (PID <*>)", lambda: (job(), R.choice(FILTERS), num(2000, 99999))),
        (8, "E3", "[Job <*>] Started backend <*> (PID <*>)", lambda: (job(), R.choice(BACKENDS), num(2000, 99999))),
        (16, "E4", "[Job <*>] PID <*> (<*>) exited with no errors.", exited),
        (3, "E5", "[Job <*>] PID <*> (<*>) stopped with status <*>.", lambda: exited() + (pick("1", "2", "4", "13"),)),
        (8, "E6", "[Job <*>] Job completed.", lambda: (job(),)),
        (7, "E7", "[Job <*>] Queued on \"<*>\" by \"<*>\".", lambda: (job(), R.choice(PRINTERS), R.choice(CUPS_USERS))),
        (6, "E8", "[Job <*>] File of type <*> queued by \"<*>\".",
         lambda: (job(), pick("application/pdf", "application/postscript", "image/urf", "text/plain", "application/vnd.cups-raster"), R.choice(CUPS_USERS))),
        (4, "E9", "[Job <*>] Waiting for printer to become available.", lambda: (job(),)),
        (3, "E10", "[Client <*>] Returning HTTP <*> for <*> (<*>) from <*>.",
         lambda: (num(1, 400), pick("Forbidden", "Unauthorized", "Not Found"), pick("CUPS-Add-Modify-Printer", "CUPS-Delete-Printer", "Cancel-Job", "Pause-Printer"),
                  prn_uri(), pick("localhost", lan_ip()))),
        (3, "E11", "Expiring subscriptions...", lambda: ()),
        (3, "E12", "Saving <*>...", lambda: (pick("job.cache", "subscriptions.conf", "printers.conf"),)),
        (2, "E13", "Unable to open listen socket for address <*>:<*> - <*>.",
         lambda: (pick("[v1.::1]", "0.0.0.0", lan_ip()), "631", pick("Cannot assign requested address", "Address already in use"))),
        (2, "E14", "Listening to <*>:<*> on fd <*>...", lambda: (pick("localhost", "/run/cups/cups.sock", "0.0.0.0"), pick("631", "0"), num(5, 12))),
        (1, "E15", "cupsd shutdown succeeded.", lambda: ()),
        (2, "E16", "[Job <*>] Backend returned status <*> (<*>)", lambda: (job(), pick("1", "4", "5"), pick("failed", "stop printer", "cancel job", "hold job"))),
    ]


# ---------------------------------------------------------------------------------- wpa_supplicant
SSIDS = ["eduroam", "HomeNet-5G", "FRITZ!Box 7590 XQ", "ACME-Corp", "Guest WiFi", "iPhone von Lisa", "Vodafone-A1B2"]
IFACES = ["wlan0", "wlp2s0", "wlp0s20f3", "wlx00e04c36"]


def freq():
    return pick("2412", "2437", "2462", "5180", "5240", "5500", "5745")


@style("wpa_supplicant", "synthetic (wpa_supplicant syslog format)")
def wpa():
    ifc = lambda: R.choice(IFACES)
    return [
        (30, "E1", "<*>: CTRL-EVENT-SIGNAL-CHANGE above=<*> signal=<*> noise=<*> txrate=<*>",
         lambda: (ifc(), pick("0", "1"), "-" + num(45, 85), pick("-" + num(88, 98), "9999"), num(6000, 866700))),
        (18, "E2", "<*>: CTRL-EVENT-SCAN-STARTED", lambda: (ifc(),)),
        (8, "E3", "<*>: SME: Trying to authenticate with <*> (SSID='<*>' freq=<*> MHz)", lambda: (ifc(), mac(), R.choice(SSIDS), freq())),
        (8, "E4", "<*>: Trying to associate with <*> (SSID='<*>' freq=<*> MHz)", lambda: (ifc(), mac(), R.choice(SSIDS), freq())),
        (8, "E5", "<*>: Associated with <*>", lambda: (ifc(), mac())),
        (8, "E6", "<*>: CTRL-EVENT-CONNECTED - Connection to <*> completed [id=<*> id_str=]", lambda: (ifc(), mac(), num(0, 6))),
        (8, "E7", "<*>: WPA: Key negotiation completed with <*> [PTK=<*> GTK=<*>]", lambda: (ifc(), mac(), pick("CCMP", "GCMP-256"), pick("CCMP", "TKIP"))),
        (7, "E8", "<*>: CTRL-EVENT-DISCONNECTED bssid=<*> reason=<*>",
         lambda: (ifc(), mac(), pick("3 locally_generated=1", "4", "8", "15", "2", "3 locally_generated=1", "6"))),
        (6, "E9", "<*>: WPA: Group rekeying completed with <*> [GTK=<*>]", lambda: (ifc(), mac(), pick("CCMP", "TKIP"))),
        (7, "E10", "<*>: CTRL-EVENT-BSS-ADDED <*> <*>", lambda: (ifc(), num(0, 60), mac())),
        (6, "E11", "<*>: CTRL-EVENT-BSS-REMOVED <*> <*>", lambda: (ifc(), num(0, 60), mac())),
        (3, "E12", "<*>: CTRL-EVENT-REGDOM-CHANGE init=<*> type=<*> alpha2=<*>",
         lambda: (ifc(), pick("COUNTRY_IE", "BEACON_HINT", "USER"), "COUNTRY", pick("DE", "US", "GB", "NL"))),
        (3, "E13", "<*>: CTRL-EVENT-SSID-TEMP-DISABLED id=<*> ssid=\"<*>\" auth_failures=<*> duration=<*> reason=<*>",
         lambda: (ifc(), num(0, 6), R.choice(SSIDS), num(1, 5), pick("10", "20", "30", "60"), pick("WRONG_KEY", "CONN_FAILED", "AUTH_FAILED"))),
        (2, "E14", "<*>: WPA: 4-Way Handshake failed - pre-shared key may be incorrect", lambda: (ifc(),)),
        (3, "E15", "<*>: PMKSA-CACHE-ADDED <*> <*>", lambda: (ifc(), mac(), pick("0", "1"))),
        (1, "E16", "Successfully initialized wpa_supplicant", lambda: ()),
        (2, "E17", "nl80211: kernel reports: <*>", lambda: (pick("Match already configured", "Registration to specific type not supported", "key addition failed"),)),
        (1, "E18", "<*>: CTRL-EVENT-TERMINATING", lambda: (ifc(),)),
    ]


# ---------------------------------------------------------------------------------- bluetoothd
BT_ERR = [("Connection refused", "111"), ("Host is down", "112"), ("Connection timed out", "110"), ("Input/output error", "5"),
          ("Device or resource busy", "16")]


def bt_addr():
    return ":".join("%02X" % R.randint(0, 255) for _ in range(6))


def endpoint():
    return pick("/MediaEndpoint/A2DPSource/sbc", "/MediaEndpoint/A2DPSink/sbc", "/MediaEndpoint/A2DPSource/aac", "/MediaEndpoint/A2DPSink/ldac_hq",
                "/MediaEndpoint/A2DPSource/aptx", "/MediaEndpoint/BAP/source", "/org/bluez/hci0/dev_%s/sep1" % bt_addr().replace(":", "_"))


@style("bluetoothd", "synthetic (BlueZ bluetoothd syslog format)")
def bluetoothd():
    def err():
        e, n = R.choice(BT_ERR)
        return (e, n)

    return [
        (24, "E1", "Endpoint registered: sender=<*> path=<*>", lambda: (":1." + num(30, 220), endpoint())),
        (14, "E2", "Endpoint unregistered: sender=<*> path=<*>", lambda: (":1." + num(30, 220), endpoint())),
        (3, "E3", "Bluetooth daemon <*>", lambda: (pick("5.64", "5.66", "5.72"),)),
        (3, "E4", "Starting SDP server", lambda: ()),
        (3, "E5", "Bluetooth management interface <*> initialized", lambda: (pick("1.21", "1.22"),)),
        (6, "E6", "Sap driver initialization failed.", lambda: ()),
        (6, "E7", "sap-server: Operation not permitted (1)", lambda: ()),
        (12, "E8", "profiles/audio/avdtp.c:avdtp_connect_cb() connect to <*>: <*> (<*>)", lambda: (bt_addr(),) + err()),
        (10, "E9", "src/service.c:btd_service_connect() <*> profile connect failed for <*>: <*>",
         lambda: (pick("a2dp-sink", "a2dp-source", "hfp-hf", "avrcp-controller"), bt_addr(), pick("Protocol not available", "Device or resource busy", "Connection refused"))),
        (6, "E10", "src/profile.c:record_cb() Unable to get <*> SDP record: <*>",
         lambda: (pick("Hands-Free Voice gateway", "Headset Voice gateway", "Hands-Free unit"), pick("Host is down", "Connection timed out"))),
        (5, "E11", "src/adapter.c:set_mode_complete() Failed to set mode: <*> (<*>)", lambda: pick(("Blocked through rfkill", "0x12"), ("Failed", "0x03"), ("Busy", "0x0a"))),
        (7, "E12", "<*>: error updating services: <*> (<*>)", lambda: (bt_addr(),) + err()),
        (2, "E13", "Failed to set privacy: Rejected (0x0b)", lambda: ()),
        (3, "E14", "Loading LTKs timed out for <*>", lambda: (pick("hci0", "hci1"),)),
        (2, "E15", "Battery Provider Manager created", lambda: ()),
        (2, "E16", "Terminating", lambda: ()),
        (2, "E17", "Exit", lambda: ()),
        (4, "E18", "src/adapter.c:reset_adv_monitors() Failed to reset Adv Monitors: <*> (<*>)", lambda: pick(("Failed", "0x03"), ("Not Supported", "0x0c"))),
    ]


# ---------------------------------------------------------------------------------- Puppet agent
PUPPET_HOSTS = ["web01.prod.acme.net", "db-02.prod.acme.net", "ci-runner-7.acme.net", "lb1.dmz.acme.net", "mon.acme.net"]
RESOURCES = [("Ntp::Config", "File[/etc/ntp.conf]"), ("Profile::Base", "File[/etc/motd]"), ("Ssh::Server::Config", "Concat[/etc/ssh/sshd_config]"),
             ("Profile::Nginx", "File[/etc/nginx/conf.d/app.conf]"), ("Sudo", "File[/etc/sudoers.d/10_ops]"), ("Profile::Logrotate", "File[/etc/logrotate.d/app]")]
SERVICES = [("Ntp::Service", "ntp"), ("Ssh::Server::Service", "sshd"), ("Profile::Nginx", "nginx"), ("Profile::Monitoring", "node_exporter"), ("Docker::Service", "docker")]
PACKAGES = ["htop", "jq", "vim-enhanced", "rsync", "nginx", "python3-pip", "chrony"]


def sha():
    return "{sha256}" + hexs(64)


@style("Puppet", "synthetic (Puppet agent syslog format)")
def puppet():
    def file_res():
        cls, res = R.choice(RESOURCES)
        return "/Stage[main]/%s/%s" % (cls, res)

    def svc_res():
        cls, s = R.choice(SERVICES)
        return "/Stage[main]/%s/Service[%s]" % (cls, s)

    return [
        (14, "E1", "Applied catalog in <*> seconds", lambda: (dec(1, 90, 2),)),
        (10, "E2", "Using environment '<*>'", lambda: (pick("production", "production", "staging", "feature_ntp_pool"),)),
        (14, "E3", "Retrieving <*>", lambda: (pick("pluginfacts", "plugin", "locales"),)),
        (10, "E4", "Loading facts", lambda: ()),
        (10, "E5", "Caching catalog for <*>", lambda: (R.choice(PUPPET_HOSTS),)),
        (10, "E6", "Applying configuration version '<*>'", lambda: (pick(num(1764000000, 1764300000), hexs(40), "production-" + hexs(7)),)),
        (8, "E7", "(<*>) content changed '<*>' to '<*>'", lambda: (file_res() + "/content", sha(), sha())),
        (6, "E8", "(<*>) Triggered '<*>' from <*> events", lambda: (svc_res(), "refresh", pick("1", "1", "2", "3"))),
        (5, "E9", "(<*>) ensure changed '<*>' to '<*>'", lambda: (svc_res() + "/ensure", "stopped", "running")),
        (4, "E10", "(<*>) created", lambda: ("/Stage[main]/Profile::Base/Package[%s]/ensure" % R.choice(PACKAGES),)),
        (4, "E11", "(<*>) executed successfully", lambda: ("/Stage[main]/%s/Exec[%s]/returns" % (pick("Profile::App", "Apt::Update", "Profile::Certs"), pick("systemctl daemon-reload", "apt_update", "update-ca-trust", "rebuild-initramfs")),)),
        (4, "E12", "Could not retrieve catalog from remote server: <*>",
         lambda: (pick("Failed to open TCP connection to puppet.acme.net:8140 (Connection refused - connect(2) for \"puppet.acme.net\" port 8140)",
                       "Error 500 on SERVER: Server Error: Evaluation Error: Unknown variable: '::osfamily'. (file: /etc/puppetlabs/code/environments/production/modules/ntp/manifests/init.pp, line: 12, column: 6) on node " + R.choice(PUPPET_HOSTS),
                       "execution expired"),)),
        (3, "E13", "Not using cache on failed catalog", lambda: ()),
        (3, "E14", "Could not retrieve catalog; skipping run", lambda: ()),
        (3, "E15", "Run of Puppet configuration client already in progress; skipping (<*> exists)",
         lambda: (pick("/opt/puppetlabs/puppet/cache/state/agent_catalog_run.lock", "/var/lib/puppet/state/agent_catalog_run.lock"),)),
        (2, "E16", "Skipping run of Puppet configuration client; administratively disabled (Reason: '<*>'); Use 'puppet agent --enable' to re-enable.",
         lambda: (pick("reason not specified", "CHG-4411 kernel upgrade", "debugging nginx - mw"),)),
        (2, "E17", "Starting Puppet client version <*>", lambda: (pick("7.24.0", "7.28.0", "8.3.1"),)),
        (8, "E18", "Requesting catalog from <*>:<*> (<*>)", lambda: (pick("puppet.acme.net", "puppetserver-2.acme.net"), "8140", lan_ip())),
        (8, "E19", "Catalog compiled by <*>", lambda: (pick("puppetserver-1.acme.net", "puppetserver-2.acme.net"),)),
    ]


# ---------------------------------------------------------------------------------- Cisco ASA
ASA_USERS = ["admin", "netops", "jsmith", "enable_15", "vpnuser1"]


def asa_proto_port():
    return pick("443", "80", "53", "22", "3389", "8443", "25", port())


@style("CiscoASA", "synthetic (Cisco ASA syslog format)")
def asa():
    def built(proto_port):
        a, b = "outside", pick("inside", "inside", "dmz")
        s_ip, s_p, d_ip, d_p = ip(), port(), lan_ip(), proto_port()
        return (pick("inbound", "outbound"), num(10000000, 99999999), a, s_ip, s_p, s_ip, s_p, b, d_ip, d_p, d_ip, d_p)

    def duration():
        return "%d:%02d:%02d" % (R.choice([0, 0, 0, 1]), R.randint(0, 59), R.randint(0, 59))

    def teardown():
        a, b = "outside", pick("inside", "inside", "dmz", "guest")
        return (num(10000000, 99999999), a, ip(), port(), b, lan_ip(), asa_proto_port(), duration(), num(0, 9000000))

    def acl():
        return pick("outside_access_in", "inside_access_in", "dmz_in", "global_access")

    return [
        (30, "E1", "%ASA-6-302013: Built <*> TCP connection <*> for <*>:<*>/<*> (<*>/<*>) to <*>:<*>/<*> (<*>/<*>)", lambda: built(asa_proto_port)),
        (26, "E2", "%ASA-6-302014: Teardown TCP connection <*> for <*>:<*>/<*> to <*>:<*>/<*> duration <*> bytes <*> <*>",
         lambda: teardown() + (pick("TCP FINs", "TCP Reset-I", "TCP Reset-O", "SYN Timeout", "Conn-timeout", "Flow closed by inspection"),)),
        (12, "E3", "%ASA-6-302015: Built <*> UDP connection <*> for <*>:<*>/<*> (<*>/<*>) to <*>:<*>/<*> (<*>/<*>)", lambda: built(lambda: pick("53", "123", "500", "4500", "161"))),
        (10, "E4", "%ASA-6-302016: Teardown UDP connection <*> for <*>:<*>/<*> to <*>:<*>/<*> duration <*> bytes <*>", teardown),
        (10, "E5", "%ASA-4-106023: Deny <*> src <*>:<*>/<*> dst <*>:<*>/<*> by access-group \"<*>\" [<*>, <*>]",
         lambda: (pick("tcp", "udp"), "outside", ip(), port(), pick("inside", "dmz"), lan_ip(), asa_proto_port(), acl(), "0x" + hexs(8), "0x0")),
        (6, "E6", "%ASA-6-305011: Built dynamic <*> translation from <*>:<*>/<*> to <*>:<*>/<*>",
         lambda: (pick("TCP", "UDP", "ICMP"), "inside", lan_ip(), port(), "outside", ip(), port())),
        (5, "E7", "%ASA-6-305012: Teardown dynamic <*> translation from <*>:<*>/<*> to <*>:<*>/<*> duration <*>",
         lambda: (pick("TCP", "UDP", "ICMP"), "inside", lan_ip(), port(), "outside", ip(), port(), duration())),
        (5, "E8", "%ASA-6-106100: access-list <*> <*> <*> <*>/<*>(<*>) -> <*>/<*>(<*>) hit-cnt <*> <*> [<*>, <*>]",
         lambda: (acl(), pick("permitted", "denied"), pick("tcp", "udp"), "outside", ip(), port(), "inside", lan_ip(), asa_proto_port(), num(1, 40),
                  pick("first hit", "300-second interval"), "0x" + hexs(8), "0x0")),
        (3, "E9", "%ASA-5-111008: User '<*>' executed the '<*>' command.",
         lambda: (R.choice(ASA_USERS), pick("write memory", "show running-config", "clear xlate", "configure terminal", "show vpn-sessiondb anyconnect"))),
        (3, "E10", "%ASA-5-111010: User '<*>', running '<*>' from IP <*>, executed '<*>'",
         lambda: (R.choice(ASA_USERS), pick("CLI", "N/A"), lan_ip(), pick("write memory", "object network srv-web01", "access-list outside_access_in extended permit tcp any host 10.0.1.5 eq https"))),
        (3, "E11", "%ASA-6-605005: Login permitted from <*>/<*> to <*>:<*>/<*> for user \"<*>\"",
         lambda: (lan_ip(), port(), "mgmt", lan_ip(), pick("ssh", "https"), R.choice(ASA_USERS))),
        (4, "E12", "%ASA-6-113004: AAA user authentication Successful : server = <*> : user = <*>", lambda: (lan_ip(), R.choice(ASA_USERS))),
        (3, "E13", "%ASA-6-113005: AAA user authentication Rejected : reason = <*> : server = <*> : user = <*> : user IP = <*>",
         lambda: (pick("AAA failure", "Invalid password", "Unspecified"), lan_ip(), pick("*****", "vpnuser1", "jsmith"), ip())),
        (3, "E14", "%ASA-4-722051: Group <*> User <*> IP <*> IPv4 Address <*> IPv6 address <*> assigned to session",
         lambda: (pick("<GP-AnyConnect>", "<DfltGrpPolicy>"), "<" + R.choice(ASA_USERS) + ">", "<" + ip() + ">", "<" + "172.20.%d.%d" % (R.randint(0, 3), R.randint(2, 250)) + ">", "<::>")),
        (3, "E15", "%ASA-3-710003: TCP access denied by ACL from <*>/<*> to <*>:<*>/<*>", lambda: (ip(), port(), "outside", ip(), pick("22", "443", "23"))),
        (2, "E16", "%ASA-4-733100: [<*>] drop <*> exceeded. Current burst rate is <*> per second, max configured rate is <*>; Current average rate is <*> per second, max configured rate is <*>; Cumulative total count is <*>",
         lambda: (pick(" Scanning", " SYN Attack", " Interface outside"), pick("rate-1", "rate-2"), num(10, 900), "400", num(5, 300), "100", num(1000, 90000))),
        (3, "E17", "%ASA-4-419002: Duplicate TCP SYN from <*>:<*>/<*> to <*>:<*>/<*> with different initial sequence number",
         lambda: ("outside", ip(), port(), "inside", lan_ip(), asa_proto_port())),
        (5, "E18", "%ASA-6-106015: Deny TCP (no connection) from <*>/<*> to <*>/<*> flags <*> on interface <*>",
         lambda: (ip(), port(), lan_ip(), asa_proto_port(), pick("RST", "FIN ACK", "RST ACK", "ACK", "PSH ACK"), pick("outside", "inside"))),
    ]


# ---------------------------------------------------------------------------------- ClamAV
SIGS = ["Win.Trojan.Agent-1374021", "Eicar-Signature", "Doc.Dropper.Agent-6958143", "Html.Phishing.Bank-1284", "Heuristics.Limits.Exceeded.MaxFileSize",
        "PUA.Win.Packer.Upx-1", "Unix.Malware.Mirai-9957043"]


def scan_path():
    return pick("/home/%s/Downloads/%s" % (pick("alice", "bob", "mweber"), pick("invoice_%s.zip" % num(1000, 9999), "setup.exe", "report.docm", "photo.jpg.scr")),
                "/var/spool/amavisd/tmp/amavis-%s/parts/p%s" % (num(20260000, 20269999) + "T" + num(100000, 999999) + "-" + num(10000, 99999), num(1, 9)),
                "instream(127.0.0.1@%s)" % port(), "/srv/samba/share/%s" % pick("Q3 report.xlsm", "scan0042.pdf", "tools/nc.exe"))


def cvd():
    return pick("daily.cld", "daily.cvd", "main.cvd", "bytecode.cvd")


def cvd_fields():
    return (num(26900, 27200), num(2000000, 2090000) if R.random() < 0.5 else num(6600000, 6650000), pick("90", "63", "92"), pick("raynman", "sigmgr"))


@style("ClamAV", "synthetic (clamd/freshclam syslog format)")
def clamav():
    return [
        (24, "E1", "<*>: OK", lambda: (scan_path(),)),
        (14, "E2", "<*>: <*> FOUND", lambda: (scan_path(), R.choice(SIGS))),
        (20, "E3", "SelfCheck: Database status OK.", lambda: ()),
        (4, "E4", "SelfCheck: Database modification detected. Forcing reload.", lambda: ()),
        (4, "E5", "Reading databases from <*>", lambda: (pick("/var/lib/clamav", "/var/lib/clamav/"),)),
        (4, "E6", "Database correctly reloaded (<*> signatures)", lambda: (num(8600000, 8710000),)),
        (3, "E7", "Activating the newly loaded database...", lambda: ()),
        (3, "E8", "<*>: Can't open file or directory ERROR", lambda: (scan_path(),)),
        (8, "E9", "ClamAV update process started at <*>",
         lambda: ("%s %s %2d %02d:%02d:%02d 2026" % (pick("Mon", "Tue", "Fri"), pick("Nov", "Dec"), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),)),
        (16, "E10", "<*> database is up-to-date (version: <*>, sigs: <*>, f-level: <*>, builder: <*>)", lambda: (cvd(),) + cvd_fields()),
        (5, "E11", "<*> updated (version: <*>, sigs: <*>, f-level: <*>, builder: <*>)", lambda: (cvd(),) + cvd_fields()),
        (4, "E12", "Testing database: '<*>' ...", lambda: ("/var/lib/clamav/tmp.%s/clamav-%s.tmp-%s" % (hexs(10), hexs(32), cvd()),)),
        (4, "E13", "Database test passed.", lambda: ()),
        (4, "E14", "Clamd successfully notified about the update.", lambda: ()),
        (8, "E15", "--------------------------------------", lambda: ()),
        (2, "E16", "Received signal: wake up", lambda: ()),
        (2, "E17", "Can't download <*> from <*>", lambda: (lambda f: (f, "https://database.clamav.net/" + f))(pick("daily.cvd", "daily-%s.cdiff" % num(27100, 27110), "bytecode.cvd"))),
        (2, "E18", "You are on cool-down until after: <*>", lambda: ("2026-11-%02d %02d:%02d:%02d" % (R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)),)),
    ]


# ---------------------------------------------------------------------------------- Proxmox VE
PVE_NODES = ["pve1", "pve2", "pve3", "hv-a"]
PVE_USERS = ["root@pam", "admin@pve", "backup@pbs", "jdoe@ad-acme", "automation@pve!terraform"]
TASKS = ["qmstart", "qmstop", "qmshutdown", "vzdump", "vncproxy", "qmigrate", "aptupdate", "vzstart", "qmsnapshot"]


def upid():
    node = R.choice(PVE_NODES)
    t = R.choice(TASKS)
    vmid = "" if t in ("aptupdate",) else num(100, 140)
    return "UPID:%s:%08X:%08X:%08X:%s:%s:%s:" % (node, R.randint(0, 0xFFFFFF), R.randint(0, 0xFFFFFFF), R.randint(0x65000000, 0x66000000), t, vmid, R.choice(PVE_USERS[:3]))


@style("Proxmox", "synthetic (Proxmox VE daemons syslog format)")
def proxmox():
    return [
        (16, "E1", "<<*>> starting task <*>", lambda: (R.choice(PVE_USERS), upid())),
        (14, "E2", "<<*>> end task <*> <*>", lambda: (R.choice(PVE_USERS), upid(), pick("OK", "OK", "OK", "command 'qm start 101' failed: exit code 1", "interrupted by signal"))),
        (14, "E3", "successful auth for user '<*>'", lambda: (R.choice(PVE_USERS),)),
        (4, "E4", "authentication failure; rhost=<*> user=<*> msg=<*>",
         lambda: ("::ffff:" + ip(), pick("root@pam", "admin@pve", "test@pve"), pick("Authentication failure", "no such user ('test@pve')"))),
        (12, "E5", "status update time (<*> seconds)", lambda: (dec(5, 40, 3),)),
        (6, "E6", "storage '<*>' is not online", lambda: (pick("nfs-backup", "pbs-offsite", "cephfs"),)),
        (8, "E7", "worker <*> finished", lambda: (num(1000, 999999),)),
        (6, "E8", "starting <*> worker(s)", lambda: (pick("1", "1", "3"),)),
        (7, "E9", "worker <*> started", lambda: (num(1000, 999999),)),
        (4, "E10", "proxy detected vanished client connection", lambda: ()),
        (10, "E11", "[status] notice: received log", lambda: ()),
        (3, "E12", "[dcdb] notice: data verification successful", lambda: ()),
        (2, "E13", "[quorum] crit: quorum_initialize failed: <*>", lambda: (pick("2", "6"),)),
        (2, "E14", "successfully acquired lock '<*>'", lambda: ("ha_agent_%s_lock" % R.choice(PVE_NODES),)),
        (2, "E15", "status change <*> => <*>", lambda: pick(("wait_for_agent_lock", "active"), ("active", "lost_agent_lock"), ("startup", "wait_for_quorum"))),
        (4, "E16", "Starting cleanup for <*>", lambda: (num(100, 140),)),
        (4, "E17", "Finished cleanup for <*>", lambda: (num(100, 140),)),
        (3, "E18", "VM <*> qmp command failed - VM <*> qmp command '<*>' failed - <*>",
         lambda: (lambda v: (v, v, pick("query-proxmox-support", "guest-ping", "query-status"), pick("unable to connect to VM %s qmp socket - timeout after 51 retries" % v, "got timeout")))(num(100, 140))),
        (3, "E19", "<<*>> update VM <*>: <*>",
         lambda: (R.choice(PVE_USERS), num(100, 140), pick("-memory 8192", "-delete sshkeys", "-net0 virtio=%s,bridge=vmbr0,firewall=1" % mac().upper(), "-cores 4 -sockets 1"))),
    ]


# ---------------------------------------------------------------------------------- Minecraft
PLAYERS = ["Steve", "xX_Creeper_Xx", "notch_fan99", "LisaBuilds", "Dr_Redstone", "TobiasK", "pixelpanda"]
CHAT = ["hi", "anyone at spawn?", "brb", "lol", "who took my diamonds", "tp pls", "gg", "need iron, trading emeralds", "server lag?"]
ADV = ["Stone Age", "Getting an Upgrade", "Acquire Hardware", "Isn't It Iron Pick", "We Need to Go Deeper", "Diamonds!", "Monster Hunter", "Sweet Dreams"]


def coord():
    return "%.1f" % R.uniform(-900, 900)


@style("Minecraft", "synthetic (Minecraft Paper server log format)")
def minecraft():
    return [
        (14, "E1", "<*> joined the game", lambda: (R.choice(PLAYERS),)),
        (12, "E2", "<*> left the game", lambda: (R.choice(PLAYERS),)),
        (12, "E3", "<*>[/<*>:<*>] logged in with entity id <*> at (<*>, <*>, <*>)",
         lambda: (R.choice(PLAYERS), ip(), port(), num(100, 90000), coord(), "%.1f" % R.uniform(-40, 200), coord())),
        (11, "E4", "<*> lost connection: <*>",
         lambda: (R.choice(PLAYERS), pick("Disconnected", "Disconnected", "Timed out", "Internal Exception: java.io.IOException: Connection reset by peer", "Kicked for spamming"))),
        (12, "E5", "UUID of player <*> is <*>", lambda: (R.choice(PLAYERS), uuid())),
        (20, "E6", "<<*>> <*>", lambda: (R.choice(PLAYERS), R.choice(CHAT))),
        (8, "E7", "Can't keep up! Is the server overloaded? Running <*>ms or <*> ticks behind", lambda: (lambda ms: (str(ms), str(ms // 50)))(R.randint(2001, 12000))),
        (3, "E8", "Saving the game (this may take a moment!)", lambda: ()),
        (3, "E9", "Saved the game", lambda: ()),
        (6, "E10", "<*> has made the advancement [<*>]", lambda: (R.choice(PLAYERS), R.choice(ADV))),
        (4, "E11", "<*> was slain by <*>", lambda: (R.choice(PLAYERS), pick("Zombie", "Skeleton", "Spider", "Pillager", R.choice(PLAYERS)))),
        (3, "E12", "<*> fell from a high place", lambda: (R.choice(PLAYERS),)),
        (2, "E13", "<*> tried to swim in lava", lambda: (R.choice(PLAYERS),)),
        (1, "E14", "Starting minecraft server version <*>", lambda: (pick("1.20.4", "1.21.1"),)),
        (1, "E15", "Preparing level \"<*>\"", lambda: (pick("world", "survival"),)),
        (1, "E16", "Done (<*>s)! For help, type \"help\"", lambda: (dec(4, 40, 3),)),
        (1, "E17", "Stopping server", lambda: ()),
        (6, "E18", "<*> issued server command: <*>",
         lambda: (R.choice(PLAYERS), pick("/home", "/spawn", "/tpa %s" % R.choice(PLAYERS), "/sethome base", "/msg %s hey" % R.choice(PLAYERS)))),
        (3, "E19", "Preparing spawn area: <*>%", lambda: (num(0, 99),)),
        (4, "E20", "Keeping entity <*> that already exists with UUID <*>", lambda: (pick("minecraft:item", "minecraft:arrow", "minecraft:experience_orb"), uuid())),
    ]


# ---------------------------------------------------------------------------------- Caddy (JSON)
SITES = ["example.com", "www.example.com", "api.acme.dev", "grafana.home.lan", "files.acme.dev"]
UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
       "curl/8.4.0", "Go-http-client/1.1", "Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0", "kube-probe/1.28"]
URIS = ["/", "/api/v1/items?page=2", "/static/app.3f9a1c.js", "/favicon.ico", "/healthz", "/login", "/api/v1/users/42", "/.env"]


def ts():
    return "%.7f" % R.uniform(1764200000, 1764300000)


@style("Caddy", "synthetic (Caddy JSON log format)")
def caddy():
    access = ('{"level":"info","ts":<*>,"logger":"http.log.access.log0","msg":"handled request","request":{"remote_ip":"<*>","remote_port":"<*>",'
              '"client_ip":"<*>","proto":"<*>","method":"<*>","host":"<*>","uri":"<*>","headers":{"User-Agent":["<*>"],"Accept":["*/*"]}},'
              '"bytes_read":<*>,"user_id":"","duration":<*>,"size":<*>,"status":<*>,"resp_headers":{"Server":["Caddy"],"Content-Type":["<*>"]}}')
    error = ('{"level":"error","ts":<*>,"logger":"http.log.error","msg":"<*>","request":{"remote_ip":"<*>","remote_port":"<*>","client_ip":"<*>",'
             '"proto":"<*>","method":"<*>","host":"<*>","uri":"<*>"},"duration":<*>,"status":<*>,"err_id":"<*>","err_trace":"<*>"}')

    def acc():
        c = ip()
        return (ts(), c, port(), c, pick("HTTP/1.1", "HTTP/2.0", "HTTP/3.0"), pick("GET", "GET", "GET", "POST", "HEAD"), R.choice(SITES), R.choice(URIS),
                R.choice(UAS), pick("0", "0", num(20, 4000)), dec(0.0001, 0.8, 6), num(0, 90000), pick("200", "200", "200", "304", "404", "301"),
                pick("text/html; charset=utf-8", "application/json", "text/javascript; charset=utf-8", "image/x-icon"))

    def err():
        c = ip()
        return (ts(), pick("dial tcp 127.0.0.1:8080: connect: connection refused", "EOF", "context canceled", "dial tcp 10.0.3.7:3000: i/o timeout"),
                c, port(), c, pick("HTTP/1.1", "HTTP/2.0"), pick("GET", "POST"), R.choice(SITES), R.choice(URIS), dec(0.001, 30, 6), pick("502", "504"),
                "".join(R.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(9)), pick("reverseproxy.statusError (reverseproxy.go:1269)", "reverseproxy.statusError (reverseproxy.go:1299)"))

    tls = lambda m: '{"level":"info","ts":<*>,"logger":"tls.obtain","msg":"%s","identifier":"<*>"}' % m
    return [
        (60, "E1", access, acc),
        (8, "E2", error, err),
        (2, "E3", '{"level":"info","ts":<*>,"msg":"using provided configuration","config_file":"<*>","config_adapter":"<*>"}',
         lambda: (ts(),) + pick(("/etc/caddy/Caddyfile", "caddyfile"), ("/config/caddy.json", "json"))),
        (3, "E4", tls("acquiring lock"), lambda: (ts(), R.choice(SITES))),
        (3, "E5", tls("lock acquired"), lambda: (ts(), R.choice(SITES))),
        (3, "E6", tls("obtaining certificate"), lambda: (ts(), R.choice(SITES))),
        (3, "E7", tls("certificate obtained successfully"), lambda: (ts(), R.choice(SITES))),
        (3, "E8", tls("releasing lock"), lambda: (ts(), R.choice(SITES))),
        (4, "E9", '{"level":"info","ts":<*>,"logger":"tls","msg":"cleaning storage unit","description":"<*>"}',
         lambda: (ts(), pick("FileStorage:/data/caddy", "FileStorage:/var/lib/caddy/.local/share/caddy"))),
        (4, "E10", '{"level":"info","ts":<*>,"logger":"tls","msg":"finished cleaning storage units"}', lambda: (ts(),)),
        (2, "E11", '{"level":"info","ts":<*>,"logger":"tls.cache.maintenance","msg":"started background certificate maintenance","cache":"<*>"}',
         lambda: (ts(), "0xc000" + hexs(6))),
        (2, "E12", '{"level":"warn","ts":<*>,"logger":"http","msg":"HTTP/2 skipped because it requires TLS","network":"<*>","addr":"<*>"}',
         lambda: (ts(), "tcp", pick(":80", ":8080"))),
        (2, "E13", '{"level":"info","ts":<*>,"logger":"http","msg":"enabling automatic HTTP->HTTPS redirects","server_name":"<*>"}', lambda: (ts(), pick("srv0", "srv1"))),
        (2, "E14", '{"level":"info","ts":<*>,"msg":"autosaved config (load with --resume flag)","file":"<*>"}',
         lambda: (ts(), pick("/config/caddy/autosave.json", "/var/lib/caddy/.config/caddy/autosave.json"))),
        (2, "E15", '{"level":"info","ts":<*>,"msg":"serving initial configuration"}', lambda: (ts(),)),
        (3, "E16", '{"level":"warn","ts":<*>,"logger":"tls","msg":"stapling OCSP","error":"<*>","identifiers":["<*>"]}',
         lambda: (lambda s: (ts(), "no OCSP stapling for [%s]: no OCSP server specified in certificate" % s, s))(R.choice(SITES))),
        (2, "E17", '{"level":"info","ts":<*>,"logger":"admin","msg":"admin endpoint started","address":"<*>","enforce_origin":<*>,"origins":["<*>","<*>","<*>"]}',
         lambda: (ts(), "localhost:2019", "false", "//localhost:2019", "//[::1]:2019", "//127.0.0.1:2019")),
    ]


# ---------------------------------------------------------------------------------- output and checks
def fill(template, values):
    parts = template.split("<*>")
    if len(parts) - 1 != len(values):
        raise SystemExit("template %r wants %d values, got %d" % (template, len(parts) - 1, len(values)))
    out = [parts[0]]
    for v, p in zip(values, parts[1:]):
        if not v:
            raise SystemExit("empty value for %r" % template)
        out.append(v)
        out.append(p)
    return "".join(out)


def template_regex(template):
    return re.compile("(?s)" + "(.+?)".join(re.escape(p) for p in template.split("<*>")))


def main():
    out = sys.stdout
    out.write("style\tevent\tsource\tmessage\n")
    for name, (source, make) in STYLES.items():
        events = make()
        ids = [e[1] for e in events]
        if len(set(ids)) != len(ids):
            raise SystemExit("%s: duplicate event id" % name)
        total = sum(e[0] for e in events)
        # Every event at least once; the rest drawn by weight (skewed: a few frequent events, a long tail).
        rows = [e for e in events]
        while len(rows) < LINES_PER_STYLE:
            x = R.uniform(0, total)
            for e in events:
                x -= e[0]
                if x <= 0:
                    rows.append(e)
                    break
        R.shuffle(rows)
        regexes = [(e[1], template_regex(e[2])) for e in events]
        label_of = {}
        for _, eid, template, gen in rows:
            msg = fill(template, gen())
            if "\t" in msg or "\n" in msg or "\r" in msg or msg != msg.strip():
                raise SystemExit("%s %s: bad characters or outer spaces in %r" % (name, eid, msg))
            matches = [other for other, rx in regexes if rx.fullmatch(msg)]
            if matches != [eid]:
                raise SystemExit("%s %s: message %r matches templates %r" % (name, eid, msg, matches))
            if label_of.setdefault(msg, eid) != eid:
                raise SystemExit("%s: message %r has two labels" % (name, msg))
            out.write("%s\t%s-%s\t%s\t%s\n" % (name, name, eid, source, msg))


if __name__ == "__main__":
    main()
