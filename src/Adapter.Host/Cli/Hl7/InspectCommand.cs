using System.CommandLine;
using Adapter.Hl7v2.Inspection;
using Adapter.Hl7v2.Paths;

namespace Adapter.Host.Cli.Hl7;

/// <summary><c>adapter hl7 inspect FILE [--path P ...]</c>.</summary>
internal static class InspectCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "An HL7 v2 message or batch (ER7)." };
        var paths = new Option<string[]>("--path")
        {
            Description = "Print the decoded value at this path (PID-3.1, OBX[2]-5, ORDER_OBSERVATION[1]/OBX-3.1); repeatable. An absent value prints an empty line.",
            Arity = ArgumentArity.OneOrMore,
        };
        var command = new Command("inspect", "Show a message as a tree of groups, segments and named fields, or print values at paths.") { file, paths };
        command.SetAction(result => Run(result.GetRequiredValue(file), result.GetValue(paths) ?? [], result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    private static int Run(FileInfo file, string[] pathTexts, TextWriter output, TextWriter error)
    {
        var paths = new List<Hl7Path>();
        foreach (var text in pathTexts)
        {
            if (!Hl7Path.TryParse(text, out var path))
            {
                error.WriteLine(CompileError(text));
                return MessageFile.Unreadable;
            }

            paths.Add(path!);
        }

        if (!MessageFile.TryReadBytes(file, error, out var bytes) || !MessageFile.TryParse(file, bytes, error, out var messages))
        {
            return MessageFile.Unreadable;
        }

        foreach (var message in messages)
        {
            if (paths.Count == 0)
            {
                output.Write(Hl7TreeWriter.Write(message));
                continue;
            }

            foreach (var path in paths)
            {
                output.WriteLine(message.Select(path).Value.ReplaceLineEndings("\\n"));
            }
        }

        return 0;
    }

    private static string CompileError(string text)
    {
        try
        {
            Hl7Path.Parse(text);
            return $"The path '{text}' is not valid.";
        }
        catch (FormatException exception)
        {
            return exception.Message;
        }
    }
}
