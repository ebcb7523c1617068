using System.CommandLine;
using Adapter.Hl7v2.Acknowledgements;
using Adapter.Hl7v2.Building;
using Adapter.Hl7v2.Parsing;
using Adapter.Hl7v2.Validation;

namespace Adapter.Host.Cli.Hl7;

/// <summary><c>adapter hl7 ack FILE [--mode original|enhanced]</c>: the acknowledgement the listener would send.</summary>
internal static class AckCommand
{
    public static Command Create(TimeProvider time)
    {
        var file = new Argument<FileInfo>("file") { Description = "An HL7 v2 message (ER7)." };
        var mode = new Option<Hl7AckMode>("--mode")
        {
            Description = "original (AA/AE/AR) or enhanced (CA/CE/CR, as MSH-15 asks).",
            DefaultValueFactory = _ => Hl7AckMode.Original,
        };
        var command = new Command("ack", "Print the acknowledgement the listener would send for a message.") { file, mode };
        command.SetAction(result => Run(result.GetRequiredValue(file), result.GetValue(mode), time, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(FileInfo file, Hl7AckMode mode, TimeProvider time, TextWriter output, TextWriter error)
    {
        if (!MessageFile.TryReadBytes(file, error, out var bytes))
        {
            return MessageFile.Unreadable;
        }

        var builder = new Hl7AckBuilder(time, new RandomControlIdGenerator());
        Hl7MessageBuilder ack;
        try
        {
            var message = Hl7Message.Parse(bytes);
            var issues = Hl7HeaderValidator.Validate(message);
            var code = Hl7AckBuilder.Decide(issues, mode);
            var succeeded = code is Hl7AckCode.AA or Hl7AckCode.CA;
            if (mode == Hl7AckMode.Enhanced && !Hl7AckConditions.WantsAccept(message, succeeded))
            {
                error.WriteLine($"{file.Name}: no commit acknowledgement would be sent: MSH-15 is {message.Header.Field(15).Value}.");
                return 0;
            }

            ack = builder.Build(message, code, issues);
        }
        catch (Hl7ParseException exception)
        {
            error.WriteLine(MessageFile.Describe(file, exception));
            ack = builder.BuildForUnreadable(bytes, exception, mode);
        }

        output.Write(ack.ToString().Replace('\r', '\n'));
        return 0;
    }
}
