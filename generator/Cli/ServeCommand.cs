using System.CommandLine;
using KnowledgeBase.Building;
using KnowledgeBase.Emit;
using KnowledgeBase.Serve;

namespace KnowledgeBase.Cli;

/// <summary>`serve`: builds the site with drafts, serves it on localhost and rebuilds on every change.</summary>
internal sealed class ServeCommand : Command
{
    public ServeCommand(CommandContext context)
        : base("serve", "Build the site, serve it on localhost, and rebuild and reload open pages when content changes.")
    {
        var port = new Option<int>("--port", "-p") { Description = "Port to serve on", DefaultValueFactory = _ => 5080 };
        var output = new Option<string>("--output", "-o") { Description = "Folder to build the preview into", DefaultValueFactory = _ => OutputFolderGuard.DefaultOutputFolder };
        Options.Add(port);
        Options.Add(output);
        SetAction((parse, cancellation) => context.WithSiteRootAsync(parse, siteRoot =>
        {
            if (CompactingCollectorRestart.WantedFor(siteRoot))
            {
                CompactingCollectorRestart.Restart();
            }

            var options = new BuildOptions(siteRoot, parse.GetValue(output)!, BaseUrlOverride: null, IncludeDrafts: true);
            return new PreviewServer(options, parse.GetValue(port), context.Console, context.Clock).RunAsync(cancellation);
        }));
    }
}
