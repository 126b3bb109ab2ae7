using KnowledgeBase.Tests.Support;
namespace KnowledgeBase.Tests.Browser;
public sealed class ScratchTests(RealSite site) : IClassFixture<RealSite>
{
    [Fact]
    public async Task Dump()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(site.Server.BaseUrl + "/search/");
        var json = await page.EvaluateAsync<string>(@"async () => {
          const pf = await import('/pagefind/pagefind.js');
          const qm = await import(document.querySelector('form[data-search-box]').dataset.queryModule);
          const voc = qm.prepareVocabulary(await (await fetch(document.querySelector('form[data-search-box]').dataset.vocabulary)).json());
          const out = [];
          for (const q of ['propecia', 'anti aging injections', 'back pain injections']) {
            const plan = qm.planSearches(q, voc);
            out.push(q + ' plan ' + JSON.stringify(plan));
            for (const s of plan.searches) { const r = await pf.search(s.query); out.push('  ' + s.query + ': ' + r.results.length); }
            const r = await pf.search(plan.searches[plan.searches.length-1].query);
            if (r.results.length) { const d = await r.results[0].data();
            out.push(q + ' => ' + d.url + '\n' + d.sub_results.map(s => '  ' + s.url + ' | ' + JSON.stringify(qm.markedWords(s.excerpt)) + JSON.stringify(s.weighted_locations).slice(0,150) + ' | ' + s.excerpt).join('\n')); }
          }
          return out.join('\n');
        }");
        File.WriteAllText("/tmp/dump.txt", json);
    }
}
