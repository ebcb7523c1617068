using Hl7.Fhir.Model;

namespace Adapter.Fhir.Vocabulary;

/// <summary>Table 0190 (address type) to Address.use and Address.type, after the IG's AddressType maps.</summary>
internal static class AddressUses
{
    public static void Apply(string? code, Address address)
    {
        switch (code?.ToUpperInvariant())
        {
            case "H":
                address.Use = Address.AddressUse.Home;
                break;
            case "B" or "O":
                address.Use = Address.AddressUse.Work;
                break;
            case "C":
                address.Use = Address.AddressUse.Temp;
                break;
            case "BA":
                address.Use = Address.AddressUse.Old;
                break;
            case "BI":
                address.Use = Address.AddressUse.Billing;
                break;
            case "M":
                address.Type = Address.AddressType.Postal;
                break;
            case "SH":
                address.Type = Address.AddressType.Physical;
                break;
        }
    }

    public static string? ToV2(Address address) => (address.Use, address.Type) switch
    {
        (Address.AddressUse.Home, _) => "H",
        (Address.AddressUse.Work, _) => "B",
        (Address.AddressUse.Temp, _) => "C",
        (Address.AddressUse.Old, _) => "BA",
        (Address.AddressUse.Billing, _) => "BI",
        (_, Address.AddressType.Postal) => "M",
        _ => null,
    };
}
