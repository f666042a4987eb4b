# ISetting documents (packages/core-typings/src/ISetting.ts) of the sample workspace, as returned by
# the private-settings/get method (full documents, secrets in cleartext) — except two secrets that
# come back in the masked form {"value":"","hasValue":true} of maskSecretSettingValue.ts.
#
# Every fake secret VALUE contains the marker FAKE-SECRET so tests can grep outputs for leaks.

Set-StrictMode -Version 3.0

$script:SettingCreatedAt = '2021-03-02T09:15:11.004Z'
$script:SecretMarker = 'FAKE-SECRET'
$script:SettingSorter = 0

# $Extra keys: Section, Public, Secret, Values (select option keys), Enterprise (invalidValue),
# Modules, Env (processEnvValue), Masked, Multiline, Changed (an _updatedAt date), Hidden.
function New-SettingDoc {
    param([string] $Id, [string] $Type, [string] $Group, $Value, $PackageValue, [hashtable] $Extra = @{})
    $d = [ordered]@{}
    $d['_id'] = $Id
    $d['type'] = $Type
    $d['public'] = [bool]($Extra['Public'])
    $d['env'] = $Extra.ContainsKey('Env')
    $d['group'] = $Group
    if ($Extra['Section']) { $d['section'] = $Extra['Section'] }
    $d['i18nLabel'] = $Id
    $d['i18nDescription'] = $Id + '_Description'
    if ($Extra['Masked']) {
        $d['value'] = ''
        $d['hasValue'] = $true
    }
    else {
        $d['value'] = $Value
    }
    $d['packageValue'] = $PackageValue
    if (-not $Extra['Masked']) {
        if ($Extra.ContainsKey('Env')) { $d['valueSource'] = 'processEnvValue'; $d['processEnvValue'] = $Extra['Env'] }
        else { $d['valueSource'] = 'packageValue' }
    }
    $d['blocked'] = $false
    $d['sorter'] = $script:SettingSorter++
    if ($Extra['Secret'] -or $Type -eq 'password') { $d['secret'] = $true }
    if ($Extra['Multiline']) { $d['multiline'] = $true }
    if ($Extra['Hidden']) { $d['hidden'] = $true }
    if ($Extra.ContainsKey('Values')) {
        $d['values'] = @(foreach ($k in $Extra['Values']) { [ordered]@{ key = [string]$k; i18nLabel = [string]$k } })
    }
    if ($Extra.ContainsKey('Enterprise')) {
        $d['enterprise'] = $true
        $d['invalidValue'] = $Extra['Enterprise']
        $d['modules'] = @($(if ($Extra['Modules']) { $Extra['Modules'] } else { 'livechat-enterprise' }))
    }
    if ($Extra['Enable']) { $d['enableQuery'] = [ordered]@{ _id = $Extra['Enable']; value = $true } }
    $d['ts'] = $script:SettingCreatedAt
    $d['createdAt'] = $script:SettingCreatedAt
    $d['_updatedAt'] = $(if ($Extra['Changed']) { $Extra['Changed'] } else { '2025-07-01T10:00:00.000Z' })
    return $d
}

function S {
    param([string] $Id, [string] $Type, [string] $Group, $Value, $PackageValue, [hashtable] $Extra = @{})
    return New-SettingDoc -Id $Id -Type $Type -Group $Group -Value $Value -PackageValue $PackageValue -Extra $Extra
}

$script:FakePem = "-----BEGIN PRIVATE KEY-----`nMIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg$($script:SecretMarker)x3Jd`nq1Wb8Yt0fK2mN7vR4sP9aL6cE5hG3jD1zQ8uW2oI0yT7xB4nM9kF6eA1sH5gJ3`n-----END PRIVATE KEY-----"
$script:FakeCert = "-----BEGIN CERTIFICATE-----`nMIIDdzCCAl+gAwIBAgIEbF6x$($script:SecretMarker)ca0DQYJKoZIhvcNAQELBQAwbDEQMA4GA1UE`nBhMHVW5rbm93bjEQMA4GA1UECBMHVW5rbm93bjEQMA4GA1UEBxMHVW5rbm93bjEQ`n-----END CERTIFICATE-----"

# Omnichannel group (apps/meteor/server/settings/omnichannel.ts + EE livechat-enterprise settings).
function Get-OmnichannelSettingDocs {
    $g = 'Omnichannel'
    $on = @{ Enable = 'Livechat_enabled' }
    $ee = { param($section, $invalid) @{ Section = $section; Enterprise = $invalid; Enable = 'Livechat_enabled' } }
    return @(
        (S 'Livechat_enabled' 'boolean' $g $true $true @{ Public = $true }),
        (S 'Livechat_Routing_Method' 'select' $g 'Manual_Selection' 'Auto_Selection' @{ Section = 'Routing'; Values = @('External', 'Auto_Selection', 'Manual_Selection', 'Load_Balancing', 'Load_Rotation'); Enable = 'Livechat_enabled'; Changed = '2025-09-14T08:31:17.552Z' }),
        (S 'Livechat_accept_chats_with_no_agents' 'boolean' $g $false $false (@{ Section = 'Routing' } + $on)),
        (S 'Livechat_assign_new_conversation_to_bot' 'boolean' $g $false $false (@{ Section = 'Routing' } + $on)),
        (S 'Livechat_guest_pool_max_number_incoming_livechats_displayed' 'int' $g 20 0 (@{ Section = 'Routing' } + $on)),
        (S 'Livechat_show_queue_list_link' 'boolean' $g $true $false (@{ Section = 'Routing' } + $on)),
        (S 'Livechat_External_Queue_URL' 'string' $g 'https://queue.fabrikam.example/next-agent' '' (@{ Section = 'Routing' } + $on)),
        # Not flagged secret in Rocket.Chat although it is one (ROCKETCHAT-FORMATS §5.1).
        (S 'Livechat_External_Queue_Token' 'string' $g "$($script:SecretMarker)-queue-8c41f0" '' (@{ Section = 'Routing' } + $on)),
        (S 'Omnichannel_queue_delay_timeout' 'int' $g 5 5 (@{ Section = 'Queue_management' } + $on)),
        (S 'Livechat_agent_leave_action' 'select' $g 'none' 'none' (@{ Values = @('none', 'forward', 'close') } + $on)),
        (S 'Livechat_agent_leave_action_timeout' 'int' $g 60 60 $on),
        (S 'Livechat_visitor_inactivity_timeout' 'int' $g 3600 3600 (@{ Section = 'Sessions' } + $on)),
        (S 'Livechat_webhookUrl' 'string' $g 'https://crm.fabrikam.example/hooks/livechat' '' (@{ Section = 'CRM_Integration' } + $on)),
        (S 'Livechat_secret_token' 'string' $g "$($script:SecretMarker)-livechat-2b7d90e1" '' (@{ Section = 'CRM_Integration'; Secret = $true } + $on)),
        (S 'Livechat_webhook_on_start' 'boolean' $g $true $false (@{ Section = 'CRM_Integration' } + $on)),
        (S 'Livechat_webhook_on_close' 'boolean' $g $true $false (@{ Section = 'CRM_Integration' } + $on)),
        (S 'Livechat_http_timeout' 'int' $g 5000 5000 (@{ Section = 'CRM_Integration' } + $on)),
        (S 'Livechat_title' 'string' $g 'Fabrikam Kundendienst – wir helfen gern' 'Rocket.Chat' (@{ Section = 'Livechat'; Public = $true } + $on)),
        (S 'Livechat_title_color' 'color' $g '#C1272D' '#C1272D' (@{ Section = 'Livechat'; Public = $true } + $on)),
        (S 'Livechat_display_offline_form' 'boolean' $g $false $true (@{ Public = $true; Changed = '2025-09-14T08:33:02.118Z' } + $on)),
        (S 'Livechat_offline_form_unavailable' 'string' $g 'Our team is offline. Unfortunately, messages cannot be left outside business hours.' '' (@{ Public = $true } + $on)),
        (S 'Livechat_offline_title' 'string' $g 'Leave a message' 'Leave a message' (@{ Public = $true } + $on)),
        (S 'Livechat_offline_email' 'string' $g 'support@fabrikam.example' '' $on),
        (S 'Livechat_registration_form' 'boolean' $g $true $true (@{ Public = $true } + $on)),
        (S 'Livechat_fileupload_enabled' 'boolean' $g $true $true (@{ Public = $true } + $on)),
        (S 'Livechat_enable_transcript' 'boolean' $g $false $false (@{ Public = $true } + $on)),
        (S 'Livechat_enable_business_hours' 'boolean' $g $true $false (@{ Section = 'Business_Hours'; Public = $true } + $on)),
        (S 'Livechat_Allow_collect_and_store_HTTP_header_informations' 'boolean' $g $false $false (@{ Section = 'GDPR' } + $on)),
        (S 'Omnichannel_call_provider' 'select' $g 'none' 'none' (@{ Values = @('none', 'default-provider'); Public = $true } + $on)),
        (S 'SMS_Enabled' 'boolean' 'SMS' $true $false @{}),
        (S 'SMS_Service' 'select' 'SMS' 'twilio' 'twilio' @{ Values = @('twilio', 'voxtelesys', 'mobex') }),
        (S 'SMS_Twilio_Account_SID' 'string' 'SMS' "AC$($script:SecretMarker)5f2a9c0d7e41b3" '' @{ Section = 'Twilio'; Secret = $true }),
        (S 'SMS_Twilio_authToken' 'string' 'SMS' "$($script:SecretMarker)-twilio-9d0e3f" '' @{ Section = 'Twilio'; Secret = $true }),
        (S 'SMS_Mobex_password' 'password' 'SMS' '' '' @{ Section = 'Mobex' }),
        (& $ee 'Queue_management' $false | ForEach-Object { S 'Livechat_waiting_queue' 'boolean' $g $true $false $_ }),
        (& $ee 'Queue_management' '' | ForEach-Object { S 'Livechat_waiting_queue_message' 'string' $g 'Bitte haben Sie einen Moment Geduld …' '' $_ }),
        (& $ee 'Queue_management' 0 | ForEach-Object { S 'Livechat_maximum_chats_per_agent' 'int' $g 5 0 $_ }),
        (& $ee 'Queue_management' -1 | ForEach-Object { S 'Livechat_max_queue_wait_time' 'int' $g -1 -1 $_ }),
        (& $ee 'Queue_management' 'Timestamp' | ForEach-Object { S 'Omnichannel_sorting_mechanism' 'select' $g 'Timestamp' 'Timestamp' ($_ + @{ Values = @('Timestamp', 'Priority', 'SLAs') }) }),
        (& $ee 'Sessions' 'none' | ForEach-Object { S 'Livechat_abandoned_rooms_action' 'select' $g 'close' 'none' ($_ + @{ Values = @('none', 'close', 'on-hold') }) }),
        (& $ee 'Sessions' 3600 | ForEach-Object { S 'Livechat_auto_close_on_hold_chats_timeout' 'int' $g 3600 3600 $_ }),
        (& $ee 'Sessions' 0 | ForEach-Object { S 'Livechat_auto_transfer_chat_timeout' 'int' $g 0 0 $_ }),
        (& $ee 'Routing' $true | ForEach-Object { S 'Omnichannel_contact_manager_routing' 'boolean' $g $true $true $_ }),
        (& $ee 'Routing' 3 | ForEach-Object { S 'Omnichannel_max_fallback_forward_depth' 'int' $g 3 3 $_ }),
        (& $ee 'Business_Hours' 'Single' | ForEach-Object { S 'Livechat_business_hour_type' 'select' $g 'Multiple' 'Single' ($_ + @{ Values = @('Single', 'Multiple') }) })
    )
}

function Get-GeneralSettingDocs {
    $m = $script:SecretMarker
    $changed = '2025-11-20T16:42:05.310Z'
    return @(
        # General / site
        (S 'Site_Url' 'string' 'General' $script:SiteUrl 'http://localhost:3000' @{ Public = $true; Env = $script:SiteUrl }),
        (S 'Site_Name' 'string' 'General' 'Fabrikam Chat' 'Rocket.Chat' @{ Public = $true }),
        (S 'Language' 'language' 'General' 'en' '' @{ Public = $true }),
        (S 'Allow_Invalid_SelfSigned_Certs' 'boolean' 'General' $false $false @{}),
        (S 'Enable_CSP' 'boolean' 'General' $true $true @{}),
        (S 'Iframe_Restrict_Access' 'boolean' 'General' $true $true @{ Section = 'Iframe_Integration' }),
        (S 'Iframe_X_Frame_Options' 'string' 'General' 'sameorigin' 'sameorigin' @{ Section = 'Iframe_Integration' }),
        (S 'Force_SSL' 'boolean' 'General' $false $false @{ Public = $true }),
        (S 'Favorite_Rooms' 'boolean' 'General' $true $true @{ Public = $true }),
        (S 'UTF8_User_Names_Validation' 'string' 'General' '[0-9a-zA-Z-_.]+' '[0-9a-zA-Z-_.]+' @{ Section = 'UTF8'; Public = $true }),
        (S 'UTF8_Channel_Names_Validation' 'string' 'General' '[0-9a-zA-Z-_.]+' '[0-9a-zA-Z-_.]+' @{ Section = 'UTF8'; Public = $true }),
        (S 'Unread_Count' 'select' 'General' 'user_and_group_mentions_only' 'user_and_group_mentions_only' @{ Values = @('all_messages', 'user_mentions_only', 'group_mentions_only', 'user_and_group_mentions_only') }),
        (S 'Update_EnableChecker' 'boolean' 'General' $true $true @{ Section = 'Update' }),
        (S 'CDN_PREFIX' 'string' 'General' '' '' @{ Public = $true }),
        (S 'Register_Server' 'boolean' 'Setup_Wizard' $true $false @{ Section = 'Cloud_Info' }),
        (S 'Cloud_Service_Agree_PrivacyTerms' 'boolean' 'Setup_Wizard' $true $false @{ Section = 'Cloud_Info' }),
        (S 'Enterprise_License' 'string' 'Enterprise' "$m-LICENSE-eyJ2ZXJzaW9uIjoiMy4wIn0.q7ZK2fH9" '' @{ Section = 'License'; Multiline = $true }),
        (S 'Enterprise_License_Status' 'string' 'Enterprise' 'Valid' '' @{ Section = 'License' }),
        # REST API / rate limiters
        (S 'API_Enable_Rate_Limiter' 'boolean' 'Rate Limiter' $false $true @{ Section = 'API_Rate_Limiter'; Changed = $changed }),
        (S 'API_Enable_Rate_Limiter_Dev' 'boolean' 'Rate Limiter' $true $true @{ Section = 'API_Rate_Limiter' }),
        (S 'API_Enable_Rate_Limiter_Limit_Calls_Default' 'int' 'Rate Limiter' 10 10 @{ Section = 'API_Rate_Limiter' }),
        (S 'API_Enable_Rate_Limiter_Limit_Time_Default' 'int' 'Rate Limiter' 60000 60000 @{ Section = 'API_Rate_Limiter' }),
        (S 'DDP_Rate_Limit_IP_Enabled' 'boolean' 'Rate Limiter' $true $true @{ Section = 'DDP_Rate_Limiter' }),
        (S 'DDP_Rate_Limit_IP_Requests_Allowed' 'int' 'Rate Limiter' 120000 120000 @{ Section = 'DDP_Rate_Limiter' }),
        (S 'DDP_Rate_Limit_IP_Interval_Time' 'int' 'Rate Limiter' 60000 60000 @{ Section = 'DDP_Rate_Limiter' }),
        (S 'DDP_Rate_Limit_User_Enabled' 'boolean' 'Rate Limiter' $true $true @{ Section = 'DDP_Rate_Limiter' }),
        (S 'DDP_Rate_Limit_Connection_By_Method_Enabled' 'boolean' 'Rate Limiter' $true $true @{ Section = 'DDP_Rate_Limiter' }),
        (S 'API_Upper_Count_Limit' 'int' 'General' 100 100 @{ Section = 'REST_API' }),
        (S 'API_Default_Count' 'int' 'General' 50 50 @{ Section = 'REST_API' }),
        (S 'API_Allow_Infinite_Count' 'boolean' 'General' $true $true @{ Section = 'REST_API' }),
        (S 'API_Enable_CORS' 'boolean' 'General' $true $false @{ Section = 'REST_API' }),
        (S 'API_CORS_Origin' 'string' 'General' '*' '*' @{ Section = 'REST_API'; Enable = 'API_Enable_CORS' }),
        (S 'API_Enable_Shields' 'boolean' 'General' $true $true @{ Section = 'REST_API' }),
        (S 'API_Enable_Personal_Access_Tokens' 'boolean' 'General' $true $true @{ Section = 'REST_API' }),
        # Accounts
        (S 'Accounts_RegistrationForm' 'select' 'Accounts' 'Public' 'Public' @{ Section = 'Registration'; Public = $true; Values = @('Public', 'Disabled', 'Secret URL') }),
        (S 'Accounts_RegistrationForm_SecretURL' 'string' 'Accounts' "$m-regurl-0b6c55" '' @{ Section = 'Registration' }),
        (S 'Accounts_AllowAnonymousRead' 'boolean' 'Accounts' $true $false @{ Public = $true; Changed = $changed }),
        (S 'Accounts_AllowAnonymousWrite' 'boolean' 'Accounts' $true $false @{ Public = $true; Enable = 'Accounts_AllowAnonymousRead'; Changed = $changed }),
        (S 'Accounts_TwoFactorAuthentication_Enabled' 'boolean' 'Accounts' $false $true @{ Section = 'Two Factor Authentication'; Public = $true; Changed = $changed }),
        (S 'Accounts_TwoFactorAuthentication_By_Email_Enabled' 'boolean' 'Accounts' $true $true @{ Section = 'Two Factor Authentication'; Public = $true }),
        (S 'Accounts_TwoFactorAuthentication_RememberFor' 'int' 'Accounts' 1800 1800 @{ Section = 'Two Factor Authentication' }),
        (S 'Accounts_PasswordReset' 'boolean' 'Accounts' $true $true @{ Section = 'Password_Reset'; Public = $true }),
        (S 'Accounts_AllowPasswordChange' 'boolean' 'Accounts' $true $true @{ Public = $true }),
        (S 'Accounts_Password_Policy_Enabled' 'boolean' 'Accounts' $true $false @{ Section = 'Password_Policy'; Public = $true }),
        (S 'Accounts_Password_Policy_MinLength' 'int' 'Accounts' 12 7 @{ Section = 'Password_Policy'; Public = $true }),
        (S 'Accounts_EmailVerification' 'boolean' 'Accounts' $false $false @{ Section = 'Registration'; Public = $true }),
        (S 'Accounts_ManuallyApproveNewUsers' 'boolean' 'Accounts' $false $false @{ Section = 'Registration' }),
        (S 'Accounts_AllowUserProfileChange' 'boolean' 'Accounts' $true $true @{ Public = $true }),
        (S 'Accounts_AllowUsernameChange' 'boolean' 'Accounts' $true $true @{ Public = $true }),
        (S 'Accounts_AllowEmailChange' 'boolean' 'Accounts' $true $true @{ Public = $true }),
        (S 'Accounts_AllowDeleteOwnAccount' 'boolean' 'Accounts' $false $false @{ Public = $true }),
        (S 'Accounts_LoginExpiration' 'int' 'Accounts' 90 90 @{}),
        (S 'Accounts_ShowFormLogin' 'boolean' 'Accounts' $true $true @{ Public = $true }),
        (S 'Accounts_Directory_DefaultView' 'select' 'Accounts' 'channels' 'channels' @{ Section = 'Accounts'; Values = @('channels', 'users') }),
        (S 'Accounts_iframe_enabled' 'boolean' 'Accounts' $false $false @{ Section = 'Iframe' }),
        # OAuth
        (S 'Accounts_OAuth_Gitlab' 'boolean' 'OAuth' $true $false @{ Section = 'GitLab'; Public = $true }),
        (S 'Accounts_OAuth_Gitlab_URL' 'string' 'OAuth' 'https://gitlab.fabrikam.example' '' @{ Section = 'GitLab'; Public = $true }),
        (S 'Accounts_OAuth_Gitlab_id' 'string' 'OAuth' 'rocketchat-fabrikam' '' @{ Section = 'GitLab' }),
        (S 'Accounts_OAuth_Gitlab_secret' 'string' 'OAuth' "$m-gitlab-1f9a3c77" '' @{ Section = 'GitLab'; Secret = $true }),
        (S 'Accounts_OAuth_Nextcloud' 'boolean' 'OAuth' $true $false @{ Section = 'Nextcloud'; Public = $true }),
        (S 'Accounts_OAuth_Nextcloud_URL' 'string' 'OAuth' 'https://cloud.fabrikam.example' '' @{ Section = 'Nextcloud'; Public = $true }),
        (S 'Accounts_OAuth_Nextcloud_id' 'string' 'OAuth' 'rc-nextcloud-client' '' @{ Section = 'Nextcloud' }),
        (S 'Accounts_OAuth_Nextcloud_secret' 'string' 'OAuth' "$m-nextcloud-6e20b4" '' @{ Section = 'Nextcloud' }),
        (S 'Accounts_OAuth_Apple' 'boolean' 'OAuth' $true $false @{ Section = 'Apple'; Public = $true }),
        (S 'Accounts_OAuth_Apple_id' 'string' 'OAuth' 'example.fabrikam.chat' '' @{ Section = 'Apple' }),
        (S 'Accounts_OAuth_Apple_secretKey' 'string' 'OAuth' $script:FakePem '' @{ Section = 'Apple'; Multiline = $true }),
        (S 'Accounts_OAuth_Apple_iss' 'string' 'OAuth' 'K7QXZ2M4PA' '' @{ Section = 'Apple' }),
        (S 'Accounts_OAuth_Apple_kid' 'string' 'OAuth' 'T9W3R5Y8UE' '' @{ Section = 'Apple' }),
        (S 'Accounts_OAuth_Drupal' 'boolean' 'OAuth' $false $false @{ Section = 'Drupal'; Public = $true }),
        (S 'Accounts_OAuth_Drupal_secret' 'string' 'OAuth' '' '' @{ Section = 'Drupal'; Secret = $true }),
        (S 'Accounts_OAuth_Custom-Keycloak' 'boolean' 'OAuth' $true $false @{ Section = 'Custom OAuth: Keycloak'; Public = $true }),
        (S 'Accounts_OAuth_Custom-Keycloak-url' 'string' 'OAuth' 'https://sso.fabrikam.example/realms/staff' '' @{ Section = 'Custom OAuth: Keycloak' }),
        (S 'Accounts_OAuth_Custom-Keycloak-token_path' 'string' 'OAuth' '/protocol/openid-connect/token' '/oauth/token' @{ Section = 'Custom OAuth: Keycloak' }),
        (S 'Accounts_OAuth_Custom-Keycloak-id' 'string' 'OAuth' 'rocketchat' '' @{ Section = 'Custom OAuth: Keycloak' }),
        (S 'Accounts_OAuth_Custom-Keycloak-secret' 'string' 'OAuth' "$m-keycloak-a8d1e2f3" '' @{ Section = 'Custom OAuth: Keycloak' }),
        (S 'Accounts_OAuth_Custom-Keycloak-scope' 'string' 'OAuth' 'openid' 'openid' @{ Section = 'Custom OAuth: Keycloak' }),
        (S 'Accounts_OAuth_Custom-Keycloak-login_style' 'select' 'OAuth' 'redirect' 'popup' @{ Section = 'Custom OAuth: Keycloak'; Values = @('redirect', 'popup', '') }),
        # SAML (configured but disabled)
        (S 'SAML_Custom_Default' 'boolean' 'SAML' $false $false @{ Section = 'Default' }),
        (S 'SAML_Custom_Default_provider' 'string' 'SAML' 'fabrikam-adfs' 'provider-name' @{ Section = 'Default' }),
        (S 'SAML_Custom_Default_entry_point' 'string' 'SAML' 'https://adfs.fabrikam.example/adfs/ls/' '' @{ Section = 'Default' }),
        (S 'SAML_Custom_Default_cert' 'string' 'SAML' $script:FakeCert '' @{ Section = 'Default'; Multiline = $true }),
        (S 'SAML_Custom_Default_private_key' 'string' 'SAML' $script:FakePem '' @{ Section = 'Default'; Secret = $true; Multiline = $true }),
        # LDAP
        (S 'LDAP_Enable' 'boolean' 'LDAP' $true $false @{ Public = $true }),
        (S 'LDAP_Host' 'string' 'LDAP' 'ldap.fabrikam.example' '' @{ Section = 'Connection' }),
        (S 'LDAP_Port' 'int' 'LDAP' 636 389 @{ Section = 'Connection' }),
        (S 'LDAP_Encryption' 'select' 'LDAP' 'ssl' 'plain' @{ Section = 'Connection'; Values = @('plain', 'tls', 'ssl') }),
        (S 'LDAP_CA_Cert' 'string' 'LDAP' $script:FakeCert '' @{ Section = 'Connection'; Secret = $true; Multiline = $true }),
        (S 'LDAP_Reject_Unauthorized' 'boolean' 'LDAP' $true $true @{ Section = 'Connection' }),
        (S 'LDAP_Login_Fallback' 'boolean' 'LDAP' $false $false @{ Section = 'Connection' }),
        (S 'LDAP_Authentication' 'boolean' 'LDAP' $true $false @{ Section = 'Authentication' }),
        (S 'LDAP_Authentication_UserDN' 'string' 'LDAP' "cn=svc-rocketchat-$m,ou=service,dc=fabrikam,dc=example" '' @{ Section = 'Authentication'; Secret = $true }),
        (S 'LDAP_Authentication_Password' 'password' 'LDAP' "$m-ldap-Q4r8t2" '' @{ Section = 'Authentication' }),
        (S 'LDAP_Timeout' 'int' 'LDAP' 600000 60000 @{ Section = 'Timeouts'; Changed = $changed }),
        # > Int32: the community analyzer's [int] cast throws here.
        (S 'LDAP_Connect_Timeout' 'int' 'LDAP' ([long]4294967296) 1000 @{ Section = 'Timeouts'; Changed = $changed }),
        # An env override that was never converted to a number (non-numeric "timeout" value).
        (S 'LDAP_Idle_Timeout' 'int' 'LDAP' '60000ms' 300000 @{ Section = 'Timeouts'; Env = '60000ms' }),
        (S 'LDAP_BaseDN' 'string' 'LDAP' 'ou=people,dc=fabrikam,dc=example' '' @{ Section = 'User_Search' }),
        (S 'LDAP_User_Search_Filter' 'string' 'LDAP' '(objectclass=person)' '(objectclass=*)' @{ Section = 'User_Search' }),
        (S 'LDAP_Username_Field' 'string' 'LDAP' 'sAMAccountName' 'sAMAccountName' @{ Section = 'Data_Sync' }),
        (S 'LDAP_Background_Sync' 'boolean' 'LDAP' $true $false @{ Section = 'Background_Sync' }),
        (S 'LDAP_Background_Sync_Interval' 'string' 'LDAP' 'Every 4 hours' 'Every 24 hours' @{ Section = 'Background_Sync' }),
        # Email
        (S 'SMTP_Protocol' 'select' 'Email' 'smtp' 'smtp' @{ Section = 'SMTP'; Values = @('smtp', 'smtps') }),
        (S 'SMTP_Host' 'string' 'Email' 'smtp.fabrikam.example' '' @{ Section = 'SMTP'; Env = 'smtp.fabrikam.example' }),
        (S 'SMTP_Port' 'string' 'Email' '587' '' @{ Section = 'SMTP' }),
        (S 'SMTP_IgnoreTLS' 'boolean' 'Email' $false $false @{ Section = 'SMTP' }),
        (S 'SMTP_Pool' 'boolean' 'Email' $true $true @{ Section = 'SMTP' }),
        (S 'SMTP_Username' 'string' 'Email' "chat-notify-$m" '' @{ Section = 'SMTP'; Secret = $true }),
        (S 'SMTP_Password' 'password' 'Email' "$m-smtp-hunter2" '' @{ Section = 'SMTP' }),
        (S 'From_Email' 'string' 'Email' 'chat@fabrikam.example' '' @{ Section = 'SMTP' }),
        (S 'Direct_Reply_Enable' 'boolean' 'Email' $false $false @{ Section = 'Direct_Reply' }),
        (S 'Direct_Reply_Username' 'string' 'Email' '' '' @{ Section = 'Direct_Reply'; Secret = $true }),
        (S 'Direct_Reply_Password' 'password' 'Email' '' '' @{ Section = 'Direct_Reply' }),
        # Messages
        (S 'Message_MaxAllowedSize' 'int' 'Message' 50000 5000 @{ Public = $true; Changed = $changed }),
        (S 'Message_AllowEditing' 'boolean' 'Message' $true $true @{ Public = $true }),
        (S 'Message_AllowDeleting' 'boolean' 'Message' $true $true @{ Public = $true }),
        (S 'Message_KeepHistory' 'boolean' 'Message' $false $false @{ Public = $true }),
        (S 'Message_ShowEditedStatus' 'boolean' 'Message' $true $true @{ Public = $true }),
        (S 'Message_AllowPinning' 'boolean' 'Message' $true $true @{ Public = $true }),
        (S 'Message_Read_Receipt_Enabled' 'boolean' 'Message' $true $false @{ Public = $true }),
        (S 'Message_AudioRecorderEnabled' 'boolean' 'Message' $true $true @{ Public = $true }),
        (S 'Message_GroupingPeriod' 'int' 'Message' 300 300 @{ Public = $true }),
        (S 'Threads_enabled' 'boolean' 'Threads' $true $true @{ Public = $true }),
        (S 'Discussion_enabled' 'boolean' 'Discussion' $true $true @{ Public = $true }),
        # E2E encryption
        (S 'E2E_Enable' 'boolean' 'E2E Encryption' $false $false @{ Public = $true }),
        (S 'E2E_Enabled_Default_DirectRooms' 'boolean' 'E2E Encryption' $false $false @{ Enable = 'E2E_Enable' }),
        (S 'E2E_Enabled_Default_PrivateRooms' 'boolean' 'E2E Encryption' $false $false @{ Enable = 'E2E_Enable' }),
        # File upload / storage
        (S 'FileUpload_Enabled' 'boolean' 'FileUpload' $true $true @{ Public = $true }),
        (S 'FileUpload_MaxFileSize' 'int' 'FileUpload' 209715200 104857600 @{ Public = $true; Changed = $changed }),
        (S 'FileUpload_MediaTypeBlackList' 'string' 'FileUpload' 'image/svg+xml' 'image/svg+xml' @{ Public = $true }),
        (S 'FileUpload_ProtectFiles' 'boolean' 'FileUpload' $true $true @{ Public = $true }),
        (S 'FileUpload_Restrict_to_room_members' 'boolean' 'FileUpload' $true $true @{}),
        (S 'FileUpload_Enable_json_web_token_for_files' 'boolean' 'FileUpload' $true $false @{}),
        (S 'FileUpload_json_web_token_secret_for_files' 'string' 'FileUpload' "$m-jwt-files-5a7b9c" '' @{}),
        (S 'FileUpload_Storage_Type' 'select' 'FileUpload' 'FileSystem' 'GridFS' @{ Values = @('GridFS', 'AmazonS3', 'GoogleCloudStorage', 'Webdav', 'FileSystem') }),
        (S 'FileUpload_FileSystemPath' 'string' 'FileUpload' '/app/uploads' '' @{ Section = 'File System' }),
        (S 'FileUpload_S3_Bucket' 'string' 'FileUpload' 'fabrikam-chat-uploads' '' @{ Section = 'Amazon S3' }),
        (S 'FileUpload_S3_Region' 'string' 'FileUpload' 'eu-central-1' '' @{ Section = 'Amazon S3' }),
        (S 'FileUpload_S3_AWSAccessKeyId' 'string' 'FileUpload' "AKIA$m-7Q2W" '' @{ Section = 'Amazon S3'; Secret = $true }),
        (S 'FileUpload_S3_AWSSecretAccessKey' 'password' 'FileUpload' $null '' @{ Section = 'Amazon S3'; Masked = $true }),
        (S 'FileUpload_S3_BucketURL' 'string' 'FileUpload' '' '' @{ Section = 'Amazon S3'; Secret = $true }),
        (S 'FileUpload_GoogleStorage_Secret' 'string' 'FileUpload' '' '' @{ Section = 'Google Cloud Storage'; Secret = $true; Multiline = $true }),
        (S 'FileUpload_Webdav_Password' 'password' 'FileUpload' "$m-webdav-s3cr3t" '' @{ Section = 'WebDAV' }),
        (S 'CustomSounds_Storage_Type' 'select' 'CustomSoundsFilesystem' 'GridFS' 'GridFS' @{ Values = @('GridFS', 'FileSystem') }),
        (S 'EmojiUpload_Storage_Type' 'select' 'EmojiCustomFilesystem' 'GridFS' 'GridFS' @{ Values = @('GridFS', 'FileSystem') }),
        # Push
        (S 'Push_enable' 'boolean' 'Push' $true $true @{ Public = $true }),
        (S 'Push_enable_gateway' 'boolean' 'Push' $true $true @{}),
        (S 'Push_gateway' 'string' 'Push' 'https://gateway.rocket.chat' 'https://gateway.rocket.chat' @{}),
        (S 'Push_production' 'boolean' 'Push' $true $true @{}),
        (S 'Push_apn_passphrase' 'string' 'Push' "$m-apn-pass" '' @{ Section = 'Certificates_and_Keys'; Secret = $true }),
        (S 'Push_apn_key' 'string' 'Push' $script:FakePem '' @{ Section = 'Certificates_and_Keys'; Secret = $true; Multiline = $true }),
        (S 'Push_apn_cert' 'string' 'Push' $script:FakeCert '' @{ Section = 'Certificates_and_Keys'; Secret = $true; Multiline = $true }),
        (S 'Push_gcm_api_key' 'string' 'Push' $null '' @{ Section = 'Certificates_and_Keys'; Secret = $true; Masked = $true }),
        (S 'Push_google_api_credentials' 'code' 'Push' '' '' @{ Section = 'Certificates_and_Keys'; Secret = $true; Multiline = $true }),
        (S 'Push_show_message' 'boolean' 'Push' $true $true @{ Section = 'Privacy' }),
        # Logs
        (S 'Log_Level' 'select' 'Logs' '2' '0' @{ Public = $true; Values = @('0', '1', '2'); Changed = $changed }),
        (S 'Log_View_Limit' 'int' 'Logs' 5000 1000 @{ Changed = $changed }),
        (S 'Log_Trace_Methods' 'boolean' 'Logs' $false $false @{ Section = 'Trace' }),
        (S 'Log_Trace_Subscriptions' 'boolean' 'Logs' $false $false @{ Section = 'Trace' }),
        (S 'Log_Exceptions_to_Channel' 'string' 'Logs' 'incident-room' '' @{}),
        # Retention, federation, apps, layout, troubleshoot
        (S 'RetentionPolicy_Enabled' 'boolean' 'RetentionPolicy' $false $false @{ Public = $true }),
        (S 'RetentionPolicy_Precision' 'select' 'RetentionPolicy' '0' '0' @{ Values = @('0', '1', '2', '3') }),
        (S 'Federation_Matrix_enabled' 'boolean' 'Federation' $false $false @{ Section = 'Matrix Bridge' }),
        (S 'Apps_Framework_enabled' 'boolean' 'General' $true $true @{ Section = 'Apps' }),
        (S 'Apps_Framework_Development_Mode' 'boolean' 'General' $false $false @{ Section = 'Apps' }),
        (S 'Apps_Logs_TTL' 'select' 'General' '30_days' '30_days' @{ Section = 'Apps'; Values = @('7_days', '14_days', '30_days') }),
        (S 'Layout_Home_Title' 'string' 'Layout' 'Willkommen bei Fabrikam Chat' 'Home' @{ Section = 'Content'; Public = $true }),
        (S 'Layout_Home_Body' 'code' 'Layout' '<p>Welcome to <strong>Fabrikam Chat</strong> — à bientôt! 欢迎 &amp; “quotes”</p><script>alert(1)</script>' '' @{ Section = 'Content'; Public = $true; Multiline = $true }),
        (S 'Layout_Terms_of_Service' 'code' 'Layout' '<h1>Terms</h1><p>Use responsibly.</p>' 'Terms of Service <br> Go to APP SETTINGS &rarr; Layout to customize this page.' @{ Section = 'Content'; Public = $true; Multiline = $true }),
        (S 'Troubleshoot_Disable_Statistics_Generator' 'boolean' 'Troubleshoot' $false $false @{}),
        (S 'Troubleshoot_Disable_Workspace_Sync' 'boolean' 'Troubleshoot' $false $false @{})
    )
}

function Get-SampleSettingDocs {
    $script:SettingSorter = 0
    $list = [System.Collections.Generic.List[object]]::new()
    foreach ($d in (Get-GeneralSettingDocs)) { $list.Add($d) }
    foreach ($d in (Get-OmnichannelSettingDocs)) { $list.Add($d) }
    return , $list
}

# --------------------------------------------------------------------------------------------
# Reference rules for the expected values (docs/SAMPLES.md, "Settings model")
# --------------------------------------------------------------------------------------------

# ROCKETCHAT-FORMATS §5.1 recommended redaction rule, verbatim: flag rule OR id pattern.
$script:SecretIdRegex = [regex]::new('(pass(word|phrase)?|secret|token|_key$|privatekey|private_key|apikey|api_key|credentials|_cert$|cert$|AccessKeyId|Account_SID|Client_Id|License(_Data)?$|JWK|UserDN)', 'IgnoreCase, CultureInvariant')

# Ids ROCKETCHAT-FORMATS §5.1 lists as secret. Needed for shapes without type/secret flags
# (GET /api/v1/settings returns only _id and value): e.g. SMTP_Username is secret by flag only and
# matches no id pattern.
$script:KnownSecretIds = [System.Collections.Generic.HashSet[string]]::new([string[]]@(
        'SMTP_Password', 'SMTP_Username', 'Direct_Reply_Password', 'Direct_Reply_Username',
        'LDAP_Authentication_Password', 'LDAP_Authentication_UserDN', 'LDAP_CA_Cert',
        'FileUpload_S3_AWSAccessKeyId', 'FileUpload_S3_AWSSecretAccessKey', 'FileUpload_S3_BucketURL',
        'FileUpload_GoogleStorage_Bucket', 'FileUpload_GoogleStorage_AccessId', 'FileUpload_GoogleStorage_Secret', 'FileUpload_GoogleStorage_ProjectId',
        'FileUpload_Webdav_Username', 'FileUpload_Webdav_Password', 'FileUpload_json_web_token_secret_for_files',
        'Push_apn_passphrase', 'Push_apn_key', 'Push_apn_cert', 'Push_apn_dev_passphrase', 'Push_apn_dev_key', 'Push_apn_dev_cert',
        'Push_gcm_api_key', 'Push_google_api_credentials', 'Push_gcm_project_number',
        'Accounts_OAuth_Drupal_secret', 'Accounts_OAuth_GitHub_Enterprise_id', 'Accounts_OAuth_GitHub_Enterprise_secret', 'Accounts_OAuth_Gitlab_secret',
        'API_Gitlab_URL', 'API_Wordpress_URL', 'Accounts_OAuth_Wordpress_secret', 'Accounts_OAuth_Dolphin_secret',
        'Accounts_OAuth_Nextcloud_secret', 'Accounts_OAuth_Tokenpass_secret', 'Accounts_OAuth_Apple_secretKey', 'SAML_Custom_Default_private_key',
        'Livechat_secret_token', 'Livechat_External_Queue_Token', 'SMS_Twilio_Account_SID', 'SMS_Twilio_authToken', 'SMS_Voxtelesys_authToken', 'SMS_Voxtelesys_URL', 'SMS_Mobex_password',
        'Cloud_Workspace_Client_Id', 'Cloud_Workspace_Client_Secret', 'Cloud_Workspace_Registration_Client_Uri', 'Cloud_Workspace_Access_Token',
        'Cloud_Workspace_License', 'Cloud_Workspace_PublicKey', 'Cloud_Workspace_Supported_Versions_Token', 'Cloud_Workspace_Id', 'Cloud_Workspace_Name',
        'Cloud_Url', 'Nps_Url', 'CROWD_APP_PASSWORD', 'ABAC_Virtru_Client_Secret', 'Enterprise_License', 'Enterprise_License_Data'),
    [StringComparer]::OrdinalIgnoreCase)

# Secret = flag rule (type password or secret:true) OR a §5.1-listed id OR the §5.1 id pattern.
function Test-SecretSetting {
    param($Doc)
    if ($Doc.Contains('type') -and $Doc['type'] -eq 'password') { return $true }
    if ($Doc.Contains('secret') -and $Doc['secret'] -eq $true) { return $true }
    if ($script:KnownSecretIds.Contains($Doc['_id'])) { return $true }
    return $script:SecretIdRegex.IsMatch($Doc['_id'])
}

function Test-NumberValue {
    param($Value, [ref] $Number)
    if ($Value -is [int] -or $Value -is [long] -or $Value -is [double]) { $Number.Value = [double]$Value; return $true }
    return $false
}

# Weak spots: ORIGINAL-ANALYZER §3.12 (Bash settings table), §3.2/§3.9 (PS rules) with the fixes
# this project decided: Log_Level "2" (debug) is the weak level, numeric "timeout" values above
# performanceThresholds.connectionTimeout count (any size), non-numeric values never count.
function Get-WeakSpotReason {
    param($Doc, $Thresholds)
    $id = $Doc['_id']; $v = $Doc['value']
    $n = 0.0
    switch -Exact ($id) {
        'Accounts_TwoFactorAuthentication_Enabled' { if ($v -eq $false) { return 'two-factor authentication disabled' } }
        'Accounts_RegistrationForm' { if ($v -eq 'Public') { return 'public registration' } }
        'Accounts_AllowAnonymousRead' { if ($v -eq $true) { return 'anonymous read allowed' } }
        'Accounts_AllowAnonymousWrite' { if ($v -eq $true) { return 'anonymous write allowed' } }
        'API_Enable_Rate_Limiter' { if ($v -eq $false) { return 'REST API rate limiter disabled' } }
        'API_Enable_Rate_Limiter_Dev' { if ($v -eq $true) { return 'development rate limiter enabled' } }
        'E2E_Enable' { if ($v -eq $false) { return 'end-to-end encryption disabled' } }
        'Log_Level' { if ($v -eq '2') { return 'debug logging' } }
        'FileUpload_Storage_Type' { if ($v -eq 'FileSystem') { return 'uploads on the local file system' } }
        'RetentionPolicy_Enabled' { if ($v -eq $false) { return 'no retention policy' } }
        'FileUpload_MaxFileSize' { if ((Test-NumberValue $v ([ref]$n)) -and $n -gt $Thresholds.maxFileUploadMB * 1048576) { return 'upload limit above maxFileUploadMB' } }
        'Message_MaxAllowedSize' { if ((Test-NumberValue $v ([ref]$n)) -and $n -gt $Thresholds.maxMessageSize) { return 'message size limit above maxMessageSize' } }
    }
    if ($id -match 'timeout' -and (Test-NumberValue $v ([ref]$n)) -and $n -gt $Thresholds.connectionTimeout) { return 'timeout above connectionTimeout' }
    return $null
}
