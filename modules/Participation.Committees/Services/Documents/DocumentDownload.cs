using Microsoft.AspNetCore.Http;
using Participation.Committees.Models;
using Participation.Core.Files;

namespace Participation.Committees.Services.Documents;

/// <summary>How a document's file is sent: images open in the browser, PDFs download under their own name; never sniffed.</summary>
public static class DocumentDownload
{
    public static void Headers(HttpResponse response, CommitteeDocumentFile file) =>
        DownloadHeaders.Apply(response, file.FileName, inline: file.ContentType.StartsWith("image/", StringComparison.Ordinal));
}
