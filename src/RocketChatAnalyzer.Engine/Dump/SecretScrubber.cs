using System.Text.RegularExpressions;

namespace RocketChatAnalyzer;

/// <summary>
/// Secret handling shared by the dump analysis, the log engine and the report writers.
/// <list type="bullet">
/// <item><see cref="IsSecretSetting"/>: Rocket.Chat's own rule (<c>type == "password"</c> or
/// <c>secret == true</c>) OR an id that looks secret — several real secrets are plain strings without
/// the flag (<c>Accounts_OAuth_Nextcloud_secret</c>, <c>Livechat_External_Queue_Token</c>,
/// <c>CROWD_APP_PASSWORD</c>, <c>Enterprise_License</c>…). <see cref="MustHideValue"/> says whether the
/// value itself is hidden.</item>
/// <item><see cref="Scrub"/>: removes credentials from free log text (examples, messages):
/// <c>x-auth-token</c>, <c>rc_token</c>, <c>"password":"…"</c>, <c>pass: '…'</c>,
/// <c>Authorization: Bearer …</c>, <c>user:password@</c> in URLs and token query parameters.</item>
/// </list>
/// Thread-safe (static, immutable regexes).
/// </summary>
public static partial class SecretScrubber
{
    /// <summary>What replaces a secret in scrubbed text.</summary>
    public const string Mask = "[REDACTED]";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>ROCKETCHAT-FORMATS §5.1, the recommended id rule (case-insensitive).</summary>
    private static readonly Regex s_secretId = new(
        @"(pass(word|phrase)?|secret|token|_key$|privatekey|private_key|apikey|api_key|credentials|_cert$|cert$|AccessKeyId|Account_SID|Client_Id|License(_Data)?$|JWK|UserDN)",
        Options, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Ids ROCKETCHAT-FORMATS §5.1 lists as secret in Rocket.Chat's source (flagged there). Exports
    /// without flags (the REST <c>{_id, value}</c> shape) need the list: <c>SMTP_Username</c> or
    /// <c>FileUpload_S3_BucketURL</c> match no id pattern. The same list as tools/sample/Settings.ps1.
    /// </summary>
    private static readonly HashSet<string> s_knownSecretIds = new(StringComparer.OrdinalIgnoreCase)
    {
        "SMTP_Password", "SMTP_Username", "Direct_Reply_Password", "Direct_Reply_Username",
        "LDAP_Authentication_Password", "LDAP_Authentication_UserDN", "LDAP_CA_Cert",
        "FileUpload_S3_AWSAccessKeyId", "FileUpload_S3_AWSSecretAccessKey", "FileUpload_S3_BucketURL",
        "FileUpload_GoogleStorage_Bucket", "FileUpload_GoogleStorage_AccessId", "FileUpload_GoogleStorage_Secret", "FileUpload_GoogleStorage_ProjectId",
        "FileUpload_Webdav_Username", "FileUpload_Webdav_Password", "FileUpload_json_web_token_secret_for_files",
        "Push_apn_passphrase", "Push_apn_key", "Push_apn_cert", "Push_apn_dev_passphrase", "Push_apn_dev_key", "Push_apn_dev_cert",
        "Push_gcm_api_key", "Push_google_api_credentials", "Push_gcm_project_number",
        "Accounts_OAuth_Drupal_secret", "Accounts_OAuth_GitHub_Enterprise_id", "Accounts_OAuth_GitHub_Enterprise_secret", "Accounts_OAuth_Gitlab_secret",
        "API_Gitlab_URL", "API_Wordpress_URL", "Accounts_OAuth_Wordpress_secret", "Accounts_OAuth_Dolphin_secret",
        "Accounts_OAuth_Nextcloud_secret", "Accounts_OAuth_Tokenpass_secret", "Accounts_OAuth_Apple_secretKey", "SAML_Custom_Default_private_key",
        "Livechat_secret_token", "Livechat_External_Queue_Token", "SMS_Twilio_Account_SID", "SMS_Twilio_authToken", "SMS_Voxtelesys_authToken", "SMS_Voxtelesys_URL", "SMS_Mobex_password",
        "Cloud_Workspace_Client_Id", "Cloud_Workspace_Client_Secret", "Cloud_Workspace_Registration_Client_Uri", "Cloud_Workspace_Access_Token",
        "Cloud_Workspace_License", "Cloud_Workspace_PublicKey", "Cloud_Workspace_Supported_Versions_Token", "Cloud_Workspace_Id", "Cloud_Workspace_Name",
        "Cloud_Url", "Nps_Url", "CROWD_APP_PASSWORD", "ABAC_Virtru_Client_Secret", "Enterprise_License", "Enterprise_License_Data",
    };

    /// <summary>
    /// True when a setting holds a secret: type <c>password</c>, the <c>secret</c> flag, an id
    /// Rocket.Chat flags as secret (for exports without flags), or a secret-looking id.
    /// </summary>
    public static bool IsSecretSetting(string id, string? type, bool? secretFlag)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (IsFlagged(id, type, secretFlag)) return true;
        return s_secretId.IsMatch(id);
    }

    private static bool IsFlagged(string id, string? type, bool? secretFlag) =>
        secretFlag == true || string.Equals(type, "password", StringComparison.OrdinalIgnoreCase) || s_knownSecretIds.Contains(id);

    /// <summary>
    /// Whether the value of a secret setting must be hidden. Always for flagged settings (type
    /// <c>password</c>, <c>secret: true</c>, or an id Rocket.Chat flags); for settings that are secret only by their id pattern, a
    /// boolean or number is shown: it cannot carry a credential, and hiding it would blank out policy
    /// switches such as <c>Accounts_Password_Policy_Enabled = false</c> or
    /// <c>Accounts_Password_Policy_MinLength = 7</c>. (Such settings still count as secret.)
    /// </summary>
    public static bool MustHideValue(string id, string? type, bool? secretFlag, object? value)
    {
        if (IsFlagged(id, type, secretFlag)) return true;
        if (!s_secretId.IsMatch(id)) return false;
        return value is not (bool or long or int or double or decimal);
    }

    // Secret-ish key names inside text: JSON keys, JS object keys, form fields.
    private const string Key = @"(?:x-auth-token|x-user-token|auth[-_]?token|access[-_]?token|refresh[-_]?token|rc_token|token|pass(?:word|wd|phrase)?|secret|client[-_]?secret|api[-_]?key|private[-_]?key|credentials)";

    // Source-generated: no interpreter and no compile at run time (examples of new template keys
    // are scrubbed once per key and chunk, which on varied logs is thousands of times).
    private static readonly Regex[] s_rules = { Rule0(), Rule1(), Rule2(), Rule3(), Rule4(), Rule5(), Rule6(), Rule7() };

    // "password":"hunter2"  /  "x-auth-token":"abc"  (JSON, also with escaped quotes inside pino msg text)
    [GeneratedRegex(@"(?<pre>(?:\\?"")[\w.-]*" + Key + @"[\w.-]*(?:\\?"")\s*:\s*(?:\\?""))(?<secret>(?:[^""\\]|\\(?!"")[^""]?)*)(?=\\?"")", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Rule0();

    // pass: 'vidhya'  /  'x-auth-token': 'abc'  /  password: "x"  /  token='abc'  (util.inspect, config dumps)
    [GeneratedRegex(@"(?<pre>\b[\w-]*" + Key + @"\b['""]?\s*[:=]\s*')(?<secret>[^']*)(?=')", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Rule1();

    [GeneratedRegex(@"(?<pre>\b[\w-]*" + Key + @"\b'?\s*[:=]\s*"")(?<secret>[^""]*)(?="")", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Rule2();

    // Authorization: Bearer xyz / Basic xyz (header lines, curl commands)
    [GeneratedRegex(@"(?<pre>\bAuthorization\b[""']?\s*[:=]\s*[""']?(?:Bearer|Basic|Token)?\s*)(?<secret>[A-Za-z0-9\-._~+/=]+)", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Rule3();

    [GeneratedRegex(@"(?<pre>\bBearer\s+)(?<secret>[A-Za-z0-9\-._~+/]{8,}=*)", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Rule4();

    // X-Auth-Token: abc / rc_token=abc (header or cookie without quotes)
    [GeneratedRegex(@"(?<pre>\b(?:x-auth-token|x-user-token|rc_token|rc_uid_token)\b\s*[:=]\s*)(?<secret>[^\s;,&""'}]+)", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Rule5();

    // ?token=… &access_token=… &password=…
    [GeneratedRegex(@"(?<pre>[?&;](?:access_token|auth_token|token|rc_token|api_key|apikey|password|pass|secret)=)(?<secret>[^&\s""'#]+)", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Rule6();

    // scheme://user:password@host (MongoDB, SMTP, proxy URLs)
    [GeneratedRegex(@"(?<pre>\b[a-z][a-z0-9+.-]*://[^:/\s@""']+:)(?<secret>[^@\s/""']+)(?=@)", Options, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Rule7();

    /// <summary>
    /// Returns <paramref name="text"/> with credentials replaced by <see cref="Mask"/>. Text without
    /// any of the key words is returned unchanged (same instance).
    /// </summary>
    public static string Scrub(string text) => ScrubWith(text, prefilter: true);

    /// <summary><see cref="Scrub(string)"/>; without the prefilter every rule runs on every text (the reference the prefilter is tested against).</summary>
    internal static string ScrubWith(string text, bool prefilter)
    {
        if (string.IsNullOrEmpty(text) || prefilter && !MightContainSecret(text)) return text;
        string result = text;
        for (int i = 0; i < s_rules.Length; i++)
        {
            if (prefilter && !CanMatch(i, result)) continue;
            Regex rule = s_rules[i];
            try
            {
                result = rule.Replace(result, static m =>
                    m.Groups["secret"].Length == 0 || m.Groups["secret"].Value == Mask
                        ? m.Value
                        : m.Groups["pre"].Value + Mask);
            }
            catch (RegexMatchTimeoutException)
            {
                // Pathological text: better to hide all of it than to leak.
                return Mask;
            }
        }
        return result;
    }

    // What rule i cannot match without (a literal its pattern requires): a rule whose literal is
    // absent is skipped, which changes no result and saves most of the regex work on log text.
    private static bool CanMatch(int rule, string text) => rule switch
    {
        0 => text.Contains('"') && text.Contains(':'),
        1 => text.Contains('\'') && text.AsSpan().IndexOfAny(':', '=') >= 0,
        2 => text.Contains('"') && text.AsSpan().IndexOfAny(':', '=') >= 0,
        3 => text.Contains("authorization", StringComparison.OrdinalIgnoreCase),
        4 => text.Contains("bearer", StringComparison.OrdinalIgnoreCase),
        5 => text.Contains("token", StringComparison.OrdinalIgnoreCase) || text.Contains('\u212A'), // the regex's IgnoreCase also matches K as KELVIN SIGN
        6 => text.Contains('=') && text.AsSpan().IndexOfAny('?', '&', ';') >= 0,
        7 => text.Contains("://", StringComparison.Ordinal),
        _ => true,
    };

    private static bool MightContainSecret(string text) =>
        text.Contains("token", StringComparison.OrdinalIgnoreCase)
        || text.Contains("pass", StringComparison.OrdinalIgnoreCase)
        || text.Contains("secret", StringComparison.OrdinalIgnoreCase)
        || text.Contains("auth", StringComparison.OrdinalIgnoreCase)
        || text.Contains("bearer", StringComparison.OrdinalIgnoreCase)
        || text.Contains("key", StringComparison.OrdinalIgnoreCase)
        || text.Contains("credential", StringComparison.OrdinalIgnoreCase)
        || text.Contains("://", StringComparison.Ordinal)
        // The rules match case-insensitively as Regex does, where k and s also match KELVIN SIGN and LONG S.
        || text.Contains('\u212A') || text.Contains('\u017F');
}
