namespace RocketChatAnalyzer.Dump;

/// <summary>Where things are in the Rocket.Chat 6.x/7.x administration UI (used in recommendations).</summary>
internal static class AdminPaths
{
    public const string Settings = "Administration → Workspace → Settings";
    public const string TwoFactor = Settings + " → Accounts → Two Factor Authentication";
    public const string Registration = Settings + " → Accounts → Registration";
    public const string Accounts = Settings + " → Accounts";
    public const string PasswordPolicy = Settings + " → Accounts → Password Policy";
    public const string RateLimiter = Settings + " → Rate Limiter → API Rate Limiter";
    public const string E2E = Settings + " → E2E Encryption";
    public const string FileUpload = Settings + " → File Upload";
    public const string Message = Settings + " → Message";
    public const string Retention = Settings + " → Retention Policy";
    public const string Logs = Settings + " → Logs";
    public const string LdapSaml = Settings + " → LDAP / SAML";
    public const string Omnichannel = Settings + " → Omnichannel";
    public const string OmnichannelRouting = Omnichannel + " → Routing";
    public const string OmnichannelQueue = Omnichannel + " → Queue Management";
    public const string OmnichannelWebhooks = "Omnichannel → Webhooks";
    public const string OmnichannelAgents = "Omnichannel → Agents";
    public const string LivechatAppearance = "Omnichannel → Livechat Appearance";
    public const string Apps = "Marketplace → Installed";
    public const string WorkspaceInfo = "Administration → Workspace → Workspace (version, instances, deployment)";
    public const string ViewLogs = "Administration → Workspace → View Logs (or the container / service output)";
}
