using System.Net;
using KnowledgeBase.Tests.Support;
using Shouldly;

namespace KnowledgeBase.Tests.Serve;

public sealed class PreviewServerLoadTests
{
    private const int Connections = 50;
    private const int RequestsPerConnection = 40;

    [Fact]
    public async Task Two_thousand_requests_over_fifty_connections_all_succeed_while_the_site_rebuilds()
    {
        using var site = new TestSite();
        await using var preview = await Preview.StartAsync(site, maxConnections: Connections);
        string[] paths = ["/", "/articles/sample/", "/articles/sample/#depth"];
        var failures = new List<string>();
        var served = 0;

        var clients = Enumerable.Range(0, Connections).Select(async connection =>
        {
            for (var i = 0; i < RequestsPerConnection; i++)
            {
                if (connection == 0 && i == RequestsPerConnection / 2)
                {
                    site.Write("content/articles/sample.md", TestSite.SampleArticle.Replace("A few millimetres.", "Rebuilt under load."));
                }

                var response = await preview.Http.GetAsync(paths[i % paths.Length], TestContext.Current.CancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    Interlocked.Increment(ref served);
                }
                else
                {
                    lock (failures)
                    {
                        failures.Add($"{paths[i % paths.Length]}: {(int)response.StatusCode}");
                    }
                }
            }
        });
        await Task.WhenAll(clients);

        failures.ShouldBeEmpty();
        served.ShouldBe(Connections * RequestsPerConnection);
        await Preview.Eventually(async () =>
            (await preview.Http.GetStringAsync("/articles/sample/", TestContext.Current.CancellationToken)).Contains("Rebuilt under load."));
    }
}
