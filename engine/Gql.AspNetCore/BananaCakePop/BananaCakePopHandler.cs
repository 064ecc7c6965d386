using System.Collections.Frozen;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace Gql.AspNetCore;

/// <summary>
/// Serves the Banana Cake Pop IDE (npm <c>@chillicream/bananacakepop-graphql-ide</c>, embedded in
/// this assembly at build time under <c>BananaCakePop/</c>): <c>index.html</c> at the GraphQL
/// path, its files below it, and <c>bcp-config.json</c>, which the IDE fetches to learn its endpoint.
/// </summary>
internal sealed class BananaCakePopHandler(GraphQLToolOptions options, string path)
{
    private const string ResourcePrefix = "BananaCakePop/";
    private const string ConfigFile = "bcp-config.json";

    private static readonly Assembly ResourceAssembly = typeof(BananaCakePopHandler).Assembly;
    private static readonly FrozenSet<string> Files = ResourceAssembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
        .Select(name => name[ResourcePrefix.Length..])
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private static byte[]? s_index;

    /// <summary>False when the assembly was built without the IDE (<c>-p:EmbedBananaCakePop=false</c>).</summary>
    public static bool IsAvailable { get; } = Files.Contains("index.html");

    /// <summary>A browser's navigation: a GET that accepts HTML and is not a GraphQL (or <c>?sdl</c>) request.</summary>
    public static bool IsIdeRequest(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            return false;
        }

        if (request.Query.ContainsKey("query") || request.Query.ContainsKey("sdl"))
        {
            return false;
        }

        foreach (var value in request.Headers.Accept)
        {
            if (value is not null && value.Contains("text/html", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public Task HandleIndexAsync(HttpContext context)
    {
        var index = s_index ??= LoadIndex();
        // The IDE's files are referenced relative to the page; the base makes /graphql and /graphql/ both work.
        var basePath = context.Request.PathBase.Add(path).Value!.TrimEnd('/') + "/";
        var html = Encoding.UTF8.GetString(index).Replace("<head>", "<head><base href=\"" + HtmlEncoder.Default.Encode(basePath) + "\"/>", StringComparison.Ordinal);
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.WriteAsync(html, context.RequestAborted);
    }

    public async Task HandleFileAsync(HttpContext context, string file)
    {
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD";
            return;
        }

        if (file == ConfigFile && IsAvailable)
        {
            await WriteConfigAsync(context).ConfigureAwait(false);
            return;
        }

        if (file == "index.html" && IsAvailable)
        {
            await HandleIndexAsync(context).ConfigureAwait(false);
            return;
        }

        if (!Files.Contains(file))
        {
            await NotFoundAsync(context).ConfigureAwait(false);
            return;
        }

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentTypes.TryGetContentType(file, out var contentType) ? contentType : "application/octet-stream";

        // Files under static/ carry a content hash in their names.
        response.Headers.CacheControl = file.StartsWith("static/", StringComparison.Ordinal) ? "public, max-age=31536000, immutable" : "no-cache";
        var stream = ResourceAssembly.GetManifestResourceStream(ResourcePrefix + file)!;
        await using (stream.ConfigureAwait(false))
        {
            response.ContentLength = stream.Length;
            if (!HttpMethods.IsHead(context.Request.Method))
            {
                await stream.CopyToAsync(response.Body, context.RequestAborted).ConfigureAwait(false);
            }
        }
    }

    private Task WriteConfigAsync(HttpContext context)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("useBrowserUrlAsEndpoint", options.GraphQLEndpoint is null);
            writer.WriteString("endpoint", options.GraphQLEndpoint ?? context.Request.PathBase.Add(path).Value);
            if (options.Title is { } title)
            {
                writer.WriteString("title", title);
            }

            writer.WriteBoolean("includeCookies", options.IncludeCookies);
            writer.WriteBoolean("useGet", options.UseGet);
            writer.WriteString("subscriptionProtocol", SocketCloseCodes.SubProtocol);
            writer.WriteEndObject();
        }

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.Headers.CacheControl = "no-cache";
        return response.Body.WriteAsync(buffer.WrittenMemory, context.RequestAborted).AsTask();
    }

    private static Task NotFoundAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    private static byte[] LoadIndex()
    {
        using var stream = ResourceAssembly.GetManifestResourceStream(ResourcePrefix + "index.html");
        if (stream is null)
        {
            return [];
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
