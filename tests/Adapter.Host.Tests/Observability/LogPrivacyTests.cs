using System.Text;
using Adapter.Host.Tests.Support;
using Serilog.Events;

namespace Adapter.Host.Tests.Observability;

/// <summary>
/// No PHI in logs: a message full of unique canary values goes down every path a message can take,
/// with every logger at Verbose, and not one canary may appear anywhere in what was logged.
/// </summary>
public sealed class LogPrivacyTests
{
    [Fact]
    public async Task Send_CanaryMessageDownEveryIntakePath_NoCanaryLogged()
    {
        var canaries = new Canaries();
        await using var adapter = await RunningAdapter.StartAsync(
            [
                "--Mllp:Listeners:small:Port=0",
                "--Mllp:Listeners:small:MaxFrameBytes=2048",
                "--Mllp:Listeners:small:AcceptedSenders:0:Application=GOODHEALTH_LIS",
            ],
            LogEventLevel.Verbose);
        var message = canaries.Message(TestMessage.UniqueId("PHI"));
        await using var connection = await adapter.ConnectAsync();
        await using var small = await adapter.ConnectAsync("small");

        var codes = new List<string>
        {
            await CodeAsync(connection, message.ToBytes()),
            await CodeAsync(connection, message.ToBytes()),
            await CodeAsync(connection, (message with { Body = [.. message.Body, $"NTE|2||{canaries.NoteText}2"] }).ToBytes()),
            await CodeAsync(connection, canaries.Message(TestMessage.UniqueId("VER"), version: "9.9").ToBytes()),
            await CodeAsync(connection, (canaries.Message(TestMessage.UniqueId("ENC")) with { EncodingCharacters = "^^" }).ToBytes()),
            await CodeAsync(connection, canaries.InvalidUtf8(TestMessage.UniqueId("UTF"))),
            await CodeAsync(small, canaries.Oversized(TestMessage.UniqueId("BIG")).ToBytes()),
            await CodeAsync(small, (canaries.Message(TestMessage.UniqueId("WHO")) with { SendingApplication = "NORTHWIND_RIS" }).ToBytes()),
        };
        using (DatabaseLock.Hold(adapter.DatabasePath))
        {
            codes.Add(await CodeAsync(connection, canaries.Message(TestMessage.UniqueId("LCK")).ToBytes()));
        }

        var log = adapter.Logs.RenderAll();

        Assert.Equal(["AA", "AA", "AE 205", "AR 203", "AR 102", "AE 102", "AR 104", "AR 103", "AR 207"], codes);
        Assert.All(new[] { 1001, 1002, 1003, 1004, 1005, 2001, 3006 }, id => Assert.NotEmpty(adapter.Logs.WithEventId(id)));
        Assert.Contains(adapter.Logs.Events, logEvent => logEvent.Level == LogEventLevel.Debug && logEvent.Properties["SourceContext"].ToString().Contains("Kestrel", StringComparison.Ordinal));
        // The control id is logged on purpose: proof that the rendering holds the events' properties.
        Assert.Contains(message.ControlId, log, StringComparison.Ordinal);
        Assert.All(canaries.All, canary => Assert.False(log.Contains(canary, StringComparison.OrdinalIgnoreCase), $"The log holds the canary {canary}."));
    }

    private static async Task<string> CodeAsync(MllpConnection connection, byte[] message)
    {
        var ack = await connection.ExchangeAsync(message);
        return ack.Get("MSA-1") is "AA" or "CA" ? ack.Get("MSA-1") : $"{ack.Get("MSA-1")} {ack.Get("ERR-3.1")}";
    }

    /// <summary>Invented values no log line could hold by chance.</summary>
    private sealed class Canaries
    {
        private readonly string _tag = Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

        public string FamilyName => $"FAMILY{_tag}";

        public string GivenName => $"GIVEN{_tag}";

        public string BirthDate { get; } = $"19{Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)}";

        public string Mrn => $"MRN{_tag}";

        public string Street => $"STREET{_tag}";

        public string Phone { get; } = $"555{Random.Shared.Next(1_000_000, 9_999_999)}";

        public string Email => $"mail{_tag}@example.org";

        public string ObservationValue => $"RESULT{_tag}";

        public string NoteText => $"NOTE{_tag}";

        public IEnumerable<string> All => [FamilyName, GivenName, BirthDate, Mrn, Street, Phone, Email, ObservationValue, NoteText];

        public TestMessage Message(string controlId, string version = "2.5.1") => new()
        {
            ControlId = controlId,
            Version = version,
            Charset = "UNICODE UTF-8",
            Body =
            [
                $"PID|1||{Mrn}^^^GOODHEALTH^MR||{FamilyName}^{GivenName}||{BirthDate}|F|||{Street}^^Anytown^IL^60001||{Phone}^PRN^PH~^NET^Internet^{Email}",
                "OBR|1|EHR-ORD-1|LIS-1|24323-8^Comprehensive metabolic panel^LN|||20261120083000-0500",
                $"OBX|1|ST|2345-7^Glucose^LN||{ObservationValue}|mg/dL|70-99|H|||F",
                $"NTE|1||{NoteText}",
            ],
        };

        /// <summary>Over 100 KB, with every canary inside the first kilobyte the listener keeps.</summary>
        public TestMessage Oversized(string controlId)
        {
            var message = Message(controlId);
            return message with { Body = [.. message.Body, $"OBX|2|TX|11526-1^Pathology study^LN||{new string('X', 100 * 1024)}||||||F"] };
        }

        /// <summary>A byte that is never UTF-8 (0xFF) inside the family name.</summary>
        public byte[] InvalidUtf8(string controlId)
        {
            var text = Message(controlId).Text;
            var at = text.IndexOf(FamilyName, StringComparison.Ordinal) + 3;
            return [.. Encoding.ASCII.GetBytes(text[..at]), 0xFF, .. Encoding.ASCII.GetBytes(text[at..])];
        }
    }
}
