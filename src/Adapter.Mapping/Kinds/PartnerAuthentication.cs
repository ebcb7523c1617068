namespace Adapter.Mapping.Kinds;

/// <summary>How a partner kind authenticates the adapter's calls.</summary>
public enum PartnerAuthentication
{
    /// <summary>Docus: headers <c>x-api-key</c> and <c>x-team-id</c> from the credentials <c>apiKey</c> and <c>teamId</c>.</summary>
    ApiKeyAndTeam,

    /// <summary>OAuth2 client credentials: <c>Authorization: Bearer</c> with a token from the <c>tokenUrl</c> setting.</summary>
    BearerToken,

    /// <summary>One API key header, named by the <c>apiKeyHeader</c> setting (X-API-Key by default).</summary>
    ApiKeyHeader,
}
