using System.Text.RegularExpressions;
using RocketChatAnalyzer.Distributed;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace RocketChatAnalyzer.Tests.Distributed;

/// <summary>
/// deploy/ cannot run here (no container engine), so its wiring is checked statically: the env vars
/// the worker reads (<see cref="WorkerEnvironment"/>) against the Kubernetes manifests and the Dockerfile.
/// </summary>
public sealed class DeployManifestTests
{
    private static readonly string Deploy = FindDeploy();

    private static string FindDeploy()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            string p = Path.Combine(d.FullName, "deploy");
            if (File.Exists(Path.Combine(p, "Dockerfile"))) return p;
        }
        throw new DirectoryNotFoundException("deploy/Dockerfile not found above " + AppContext.BaseDirectory);
    }

    private static List<YamlMappingNode> Documents()
    {
        var docs = new List<YamlMappingNode>();
        foreach (string file in Directory.GetFiles(Path.Combine(Deploy, "k8s"), "*.yaml"))
        {
            var stream = new YamlStream();
            using var r = new StreamReader(file);
            stream.Load(r);
            foreach (var doc in stream.Documents) docs.Add((YamlMappingNode)doc.RootNode);
        }
        return docs;
    }

    private static string Scalar(YamlNode node, params string[] path)
    {
        foreach (string key in path) node = ((YamlMappingNode)node).Children[new YamlScalarNode(key)];
        return ((YamlScalarNode)node).Value!;
    }

    private static YamlNode? Child(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    private static YamlMappingNode Find(List<YamlMappingNode> docs, string kind, string name) =>
        docs.Single(d => Scalar(d, "kind") == kind && Scalar(d, "metadata", "name") == name);

    private static YamlMappingNode WorkerContainer(List<YamlMappingNode> docs)
    {
        var deployment = Find(docs, "Deployment", "rca-worker");
        var containers = (YamlSequenceNode)Child(Child(Child(Child(deployment, "spec")!, "template")!, "spec")!, "containers")!;
        return (YamlMappingNode)Assert.Single(containers.Children);
    }

    [Fact]
    public void TheWorkerDeployment_SetsOnlyVariablesTheWorkerReads_AndEveryRequiredOne()
    {
        var docs = Documents();
        var env = (YamlSequenceNode)Child(WorkerContainer(docs), "env")!;
        var names = env.Children.Select(e => Scalar(e, "name")).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.Contains(n, WorkerEnvironment.Variables));
        Assert.All(WorkerEnvironment.Required, n => Assert.Contains(n, names));
        var mode = env.Children.Single(e => Scalar(e, "name") == WorkerEnvironment.WorkerMode);
        Assert.Equal("true", Scalar(mode, "value"));
    }

    [Fact]
    public void TheQueueConnection_ComesFromTheSecret_AndNamesTheRedisService()
    {
        var docs = Documents();
        var env = (YamlSequenceNode)Child(WorkerContainer(docs), "env")!;
        var conn = env.Children.Single(e => Scalar(e, "name") == WorkerEnvironment.QueueConnection);
        Assert.Null(Child(conn, "value")); // never a literal: it holds the password
        string secretName = Scalar(conn, "valueFrom", "secretKeyRef", "name");
        string secretKey = Scalar(conn, "valueFrom", "secretKeyRef", "key");

        var secret = Find(docs, "Secret", secretName);
        string connection = Scalar(secret, "stringData", secretKey);
        var service = Find(docs, "Service", "rca-redis");
        var ports = (YamlSequenceNode)Child(Child(service, "spec")!, "ports")!;
        string port = Scalar(ports.Children[0], "port");
        Assert.StartsWith("rca-redis:" + port + ",", connection, StringComparison.Ordinal);

        // Redis takes its password from the same Secret, under a key the Secret has.
        var redis = Find(docs, "Deployment", "rca-redis");
        var redisContainer = ((YamlSequenceNode)Child(Child(Child(Child(redis, "spec")!, "template")!, "spec")!, "containers")!).Children[0];
        var password = ((YamlSequenceNode)Child(redisContainer, "env")!).Children.Single(e => Scalar(e, "name") == "REDIS_PASSWORD");
        Assert.Equal(secretName, Scalar(password, "valueFrom", "secretKeyRef", "name"));
        Assert.NotNull(Child(Child(secret, "stringData")!, Scalar(password, "valueFrom", "secretKeyRef", "key")));
    }

    [Fact]
    public void TheWorkerDeployment_HasResourcesAndTheAutoscalerTargetsIt()
    {
        var docs = Documents();
        var resources = Child(WorkerContainer(docs), "resources")!;
        foreach (string side in new[] { "requests", "limits" })
            foreach (string what in new[] { "cpu", "memory" })
                Assert.False(string.IsNullOrEmpty(Scalar(resources, side, what)), $"{side}.{what} missing");

        var hpa = Find(docs, "HorizontalPodAutoscaler", "rca-worker");
        Assert.StartsWith("autoscaling/v2", Scalar(hpa, "apiVersion"), StringComparison.Ordinal);
        Assert.Equal("Deployment", Scalar(hpa, "spec", "scaleTargetRef", "kind"));
        Assert.Equal("rca-worker", Scalar(hpa, "spec", "scaleTargetRef", "name"));
        Assert.True(int.Parse(Scalar(hpa, "spec", "minReplicas"), System.Globalization.CultureInfo.InvariantCulture) >= 2);
        // A CPU target only works when the pods request CPU.
        Assert.Contains(((YamlSequenceNode)Child(Child(hpa, "spec")!, "metrics")!).Children, m => Scalar(m, "resource", "name") == "cpu");
    }

    [Fact]
    public void TheDockerfile_UsesAPwshBaseImage_SetsOnlyKnownWorkerVariables_AndBakesInNoConnection()
    {
        string dockerfile = File.ReadAllText(Path.Combine(Deploy, "Dockerfile"));
        Assert.Matches(new Regex(@"^FROM mcr\.microsoft\.com/powershell:\S+\s*$", RegexOptions.Multiline), dockerfile);

        // ENV A=1 \ B=2 … : every name set in an ENV instruction.
        var names = new List<string>();
        foreach (Match m in Regex.Matches(dockerfile, @"^ENV\s+((?:[^\n]*\\\n)*[^\n]*)", RegexOptions.Multiline))
            foreach (Match kv in Regex.Matches(m.Groups[1].Value, @"([A-Z_][A-Z0-9_]*)="))
                names.Add(kv.Groups[1].Value);
        Assert.Contains(WorkerEnvironment.WorkerMode, names);
        Assert.DoesNotContain(WorkerEnvironment.QueueConnection, names);
        Assert.All(names.Where(n => n != "TMPDIR"), n => Assert.Contains(n, WorkerEnvironment.Variables));

        Assert.Contains("docker-entrypoint.ps1", dockerfile, StringComparison.Ordinal);
        string entry = File.ReadAllText(Path.Combine(Deploy, "docker-entrypoint.ps1"));
        Assert.Contains("$env:" + WorkerEnvironment.WorkerMode, entry, StringComparison.Ordinal);
        Assert.Contains("Start-AnalysisWorker", entry, StringComparison.Ordinal);
    }

    [Fact]
    public void TheReadme_DocumentsEveryWorkerVariable()
    {
        string readme = File.ReadAllText(Path.Combine(Deploy, "README.md"));
        Assert.All(WorkerEnvironment.Variables, n => Assert.Contains("`" + n + "`", readme, StringComparison.Ordinal));
    }
}
