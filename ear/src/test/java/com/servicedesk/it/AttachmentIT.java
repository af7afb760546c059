package com.servicedesk.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Evidence files to the contract: uploaded as the raw body, listed, downloaded byte for byte with
 * their digest, in the case's history; refused for each reason with nothing stored; invisible to
 * another branch; withdrawn but kept. The same for service requests and applications.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttachmentIT {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.servicedesk();
    }

    @ArquillianResource
    private URL context;

    private final HttpClient http = HttpClient.newHttpClient();

    private ApiClient api;

    private ApiClient api() {
        if (api == null) {
            api = new ApiClient(context);
        }
        return api;
    }

    private ApiClient.Reply upload(String user, String casePath, String name, String type, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder request = ApiClient.request(user, api().api(casePath + "/attachments"));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (name != null) {
            request.header("Content-Disposition", "attachment; filename*=UTF-8''"
                    + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return api().send(request.POST(body).build());
    }

    private ApiClient.Reply upload(String user, String casePath, String name, String type, byte[] content) {
        return upload(user, casePath, name, type, HttpRequest.BodyPublishers.ofByteArray(content));
    }

    private static void refused(int status, ApiClient.Reply reply) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    }

    private long complaint() {
        ApiClient.Reply customer = api().post("agent", "customers", "{\"name\":\"郑秀英\",\"idNumber\":\"" + IdNumbers.fresh()
                + "\",\"phone\":\"13700005555\"}");
        assertEquals(201, customer.status(), customer.body());
        ApiClient.Reply c = api().post("agent", "complaints", "{\"customerId\":" + customer.json().getJsonNumber("id")
                + ",\"channel\":\"LETTER\",\"businessCategory\":\"B0302\",\"cause\":\"C1101\",\"description\":\"客户来信投诉年费。\"}");
        assertEquals(201, c.status(), c.body());
        return c.json().getJsonNumber("id").longValue();
    }

    private static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static List<Long> ids(ApiClient.Reply list) {
        return list.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void aFileIsKeptWithItsDigestListedDownloadedByteForByteAndInTheHistory() throws Exception {
        String path = "complaints/" + complaint();
        ApiClient.Reply letter = upload("agent", path, "客户来信 2026.pdf", "application/pdf", PDF);
        assertEquals(201, letter.status(), letter.body());
        JsonObject file = letter.json();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertEquals(sha, file.getString("sha256"));
        assertEquals("application/pdf", file.getString("contentType"));
        assertEquals(PDF.length, file.getInt("size"));
        assertEquals("客户来信 2026.pdf", file.getString("name"));
        assertEquals("agent", file.getString("uploadedBy"));
        assertTrue(letter.header("Location").orElseThrow().endsWith(path + "/attachments/" + file.getJsonNumber("id")));

        byte[] picture = png();
        ApiClient.Reply photo = upload("agent", path, "凭条.png", "application/octet-stream", picture);
        assertEquals(201, photo.status(), photo.body());
        assertEquals("image/png", photo.json().getString("contentType"), "the type is the content's, not the declared one");
        assertEquals(List.of(file.getJsonNumber("id").longValue(), photo.json().getJsonNumber("id").longValue()),
                ids(api().get("supervisor", path + "/attachments")));

        HttpResponse<byte[]> download = http.send(ApiClient.request("supervisor", api().api(path + "/attachments/"
                + photo.json().getJsonNumber("id") + "/content")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertArrayEquals(picture, download.body());
        assertEquals("image/png", download.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(photo.json().getString("sha256"), download.headers().firstValue("X-Content-SHA256").orElseThrow());
        assertTrue(download.headers().firstValue("Content-Disposition").orElseThrow()
                .contains("filename*=UTF-8''%E5%87%AD%E6%9D%A1.png"));

        String history = api().get("supervisor", path + "/history").body();
        assertTrue(history.contains("\"action\":\"ATTACH\"") && history.contains(sha), history);

        refused(404, upload("agent2", path, "x.pdf", "application/pdf", PDF));
        refused(404, api().get("agent2", path + "/attachments"));
        refused(404, api().get("agent2", path + "/attachments/" + file.getJsonNumber("id") + "/content"));
        refused(403, upload("auditor", path, "x.pdf", "application/pdf", PDF));

        // withdrawn: gone from the list, kept, and audited with the reason
        assertEquals(204, api().post("agent", path + "/attachments/" + file.getJsonNumber("id") + "/withdraw",
                "{\"reason\":\"上传错了案件\"}").status());
        assertEquals(List.of(photo.json().getJsonNumber("id").longValue()), ids(api().get("agent", path + "/attachments")));
        assertTrue(api().get("supervisor", path + "/history").body().contains("上传错了案件"));
        assertEquals(1, Database.count("select count(*) from attachment where id = ? and withdrawn_at is not null",
                file.getJsonNumber("id").longValue()));
    }

    @Test
    void eachBadUploadIsRefusedForItsReasonAndNothingIsStored() throws Exception {
        String path = "complaints/" + complaint();
        refused(400, upload("agent", path, "empty.pdf", "application/pdf", new byte[0]));
        refused(400, upload("agent", path, "../etc/passwd.pdf", "application/pdf", PDF));
        refused(400, upload("agent", path, "bad\u0007name.pdf", "application/pdf", PDF));
        refused(400, upload("agent", path, null, "application/pdf", PDF));
        byte[] executable = new byte[512];
        executable[0] = 'M';
        executable[1] = 'Z';
        executable[0x3c] = (byte) 0x80;
        refused(415, upload("agent", path, "invoice.pdf", "application/pdf", executable));
        refused(415, upload("agent", path, "photo.pdf", "application/pdf", png()));
        refused(415, upload("agent", path, "archive.zip", "application/zip",
                new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));

        // one byte over 50 MB, streamed from a generator: refused, and nothing of it kept
        long over = 50L * 1024 * 1024 + 1;
        ApiClient.Reply large = upload("agent", path, "recording.pdf", "application/pdf",
                HttpRequest.BodyPublishers.ofInputStream(() -> new InputStream() {
                    private long sent;

                    @Override
                    public int read() {
                        return sent < over ? sent < PDF.length ? PDF[(int) sent++] : (int) (sent++ % 26) + 'a' : -1;
                    }
                }));
        refused(413, large);
        assertEquals(0, ids(api().get("agent", path + "/attachments")).size());
        assertEquals(0, Database.count("select count(*) from attachment where case_type = 'Complaint' and case_id = ?",
                Long.parseLong(path.substring("complaints/".length()))));
    }

    @Test
    void serviceRequestsAndApplicationsKeepFilesTheSameWay() throws Exception {
        ApiClient.Reply customer = api().post("agent", "customers", "{\"name\":\"冯建军\",\"idNumber\":\"" + IdNumbers.fresh()
                + "\",\"phone\":\"13700006666\"}");
        long customerId = customer.json().getJsonNumber("id").longValue();
        ApiClient.Reply request = api().post("agent", "service-requests", "{\"customerId\":" + customerId
                + ",\"channel\":\"BRANCH\",\"category\":\"ACCOUNT\",\"subject\":\"账户证明\",\"description\":\"开具存款证明\"}");
        assertEquals(201, request.status(), request.body());
        ApiClient.Reply text = upload("agent", "service-requests/" + request.json().getJsonNumber("id"), "说明.txt",
                "text/plain; charset=UTF-8", "客户书面说明：需要英文版存款证明。".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, text.status(), text.body());
        assertEquals("text/plain", text.json().getString("contentType"));

        ApiClient.Reply application = api().post("agent", "applications", "{\"customerId\":" + customerId
                + ",\"type\":\"CARD_REPLACEMENT\",\"description\":\"换卡\",\"documents\":[\"ID_CARD\"]}");
        assertEquals(201, application.status(), application.body());
        String appPath = "applications/" + application.json().getJsonNumber("id");
        assertEquals(201, upload("agent", appPath, "身份证.png", "image/png", png()).status());
        assertEquals(1, ids(api().get("agent", appPath + "/attachments")).size());
        assertTrue(api().get("agent", appPath + "/history").body().contains("\"action\":\"ATTACH\""));
    }

    @Test
    void anApplicationsChecklistPointsAtItsUploadedFiles() throws Exception {
        ApiClient.Reply customer = api().post("agent", "customers", "{\"name\":\"卫国平\",\"idNumber\":\"" + IdNumbers.fresh()
                + "\",\"phone\":\"13700007777\"}");
        long customerId = customer.json().getJsonNumber("id").longValue();
        ApiClient.Reply application = api().post("agent", "applications", "{\"customerId\":" + customerId
                + ",\"type\":\"CARD_REPLACEMENT\",\"description\":\"补卡\",\"documents\":[\"REPLACEMENT_FORM\"]}");
        assertEquals(201, application.status(), application.body());
        String appPath = "applications/" + application.json().getJsonNumber("id");
        JsonObject scan = upload("agent", appPath, "身份证正反面.png", "image/png", png()).json();
        long scanId = scan.getJsonNumber("id").longValue();

        ApiClient.Reply provided = api().put("agent", appPath + "/documents/ID_CARD", "{\"attachmentId\":" + scanId + "}",
                "If-Match", "\"" + application.json().getInt("version") + "\"");
        assertEquals(200, provided.status(), provided.body());
        JsonObject view = provided.json();
        assertTrue(view.getJsonArray("documents").toString().contains("\"ID_CARD\""), "the file provides the document");
        assertEquals(List.of("OLD_CARD_OR_LOSS"), view.getJsonArray("missingDocuments").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        JsonObject behind = view.getJsonObject("documentFiles").getJsonObject("ID_CARD");
        assertEquals(scanId, behind.getJsonNumber("id").longValue());
        assertEquals(scan.getString("sha256"), behind.getString("sha256"));
        String history = api().get("agent", appPath + "/history").body();
        assertTrue(history.contains("\"action\":\"PROVIDE_DOCUMENT\"") && history.contains(scan.getString("sha256")), history);

        // refused, changing nothing: a code outside the checklist, a file of another case, a stale version
        refused(400, api().put("agent", appPath + "/documents/PASSPORT", "{\"attachmentId\":" + scanId + "}"));
        long otherFile = upload("agent", "complaints/" + complaint(), "来信.pdf", "application/pdf", PDF).json()
                .getJsonNumber("id").longValue();
        refused(400, api().put("agent", appPath + "/documents/OLD_CARD_OR_LOSS", "{\"attachmentId\":" + otherFile + "}"));
        refused(412, api().put("agent", appPath + "/documents/OLD_CARD_OR_LOSS", "{\"attachmentId\":" + scanId + "}",
                "If-Match", "\"" + application.json().getInt("version") + "\""));
        refused(404, api().put("agent2", appPath + "/documents/OLD_CARD_OR_LOSS", "{\"attachmentId\":" + scanId + "}"));
        assertEquals(List.of("OLD_CARD_OR_LOSS"), api().get("agent", appPath).json().getJsonArray("missingDocuments")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());

        // once submitted, the checklist is the reviewer's to check, not the maker's to change
        JsonObject loss = upload("agent", appPath, "挂失回执.pdf", "application/pdf", PDF).json();
        assertEquals(200, api().put("agent", appPath + "/documents/OLD_CARD_OR_LOSS",
                "{\"attachmentId\":" + loss.getJsonNumber("id") + "}").status());
        assertEquals(200, api().post("agent", appPath + "/transitions", "{\"action\":\"SUBMIT\"}").status());
        refused(409, api().put("agent", appPath + "/documents/ID_CARD", "{\"attachmentId\":" + loss.getJsonNumber("id") + "}"));

        // a withdrawn file no longer stands behind its item
        assertEquals(204, api().post("agent", appPath + "/attachments/" + scanId + "/withdraw", "{\"reason\":\"扫描不清\"}")
                .status());
        assertEquals(Set.of("OLD_CARD_OR_LOSS"), api().get("agent", appPath).json().getJsonObject("documentFiles").keySet());
    }
}
