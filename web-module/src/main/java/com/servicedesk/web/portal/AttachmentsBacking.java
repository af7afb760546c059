package com.servicedesk.web.portal;

import com.servicedesk.attachment.AttachmentService;
import com.servicedesk.attachment.AttachmentView;
import com.servicedesk.attachment.CaseKind;
import com.servicedesk.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/**
 * A case's evidence files on its page: dropped in (each with its progress bar), listed with their
 * digest, downloaded, withdrawn with a reason. The fragment {@code attachments.xhtml} names the case
 * by its kind and id.
 */
@Named
@ViewScoped
public class AttachmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private AttachmentService files;

    @Inject
    private Messages messages;

    private final Map<String, List<AttachmentView>> lists = new HashMap<>();
    private String withdrawReason;
    private long target;

    public List<AttachmentView> list(String kind, long caseId) {
        return lists.computeIfAbsent(kind + ":" + caseId, k -> files.list(CaseKind.valueOf(kind), caseId));
    }

    public void upload(FileUploadEvent event) {
        Map<String, Object> attributes = event.getComponent().getAttributes();
        String kind = (String) attributes.get("caseKind");
        long caseId = ((Number) attributes.get("caseId")).longValue();
        try (InputStream in = event.getFile().getInputStream()) {
            AttachmentView view = files.upload(CaseKind.valueOf(kind), caseId, event.getFile().getFileName(),
                    event.getFile().getContentType(), in);
            messages.info("attachments.uploaded.done", view.name());
        } catch (BusinessException e) {
            messages.refused(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            lists.clear();
        }
    }

    public void download(String kind, long caseId, long attachmentId) {
        CaseKind k = CaseKind.valueOf(kind);
        AttachmentView view = files.verified(k, caseId, attachmentId);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(view.contentType());
        external.setResponseHeader("Content-Length", Long.toString(view.size()));
        external.setResponseHeader("Content-Disposition", Downloads.disposition(view.name()));
        external.setResponseHeader("X-Content-SHA256", view.sha256());
        try (OutputStream out = external.getResponseOutputStream()) {
            files.write(k, caseId, attachmentId, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** Withdraws the file the dialog was opened for. */
    public void withdrawTarget(String kind, long caseId) {
        try {
            files.withdraw(CaseKind.valueOf(kind), caseId, target, withdrawReason);
            messages.info("attachments.withdrawn", "");
            withdrawReason = null;
        } finally {
            lists.clear();
        }
    }

    /** 1.2 MB, 340 KB, 12 B. */
    public static String size(long bytes) {
        if (bytes >= 1024 * 1024) {
            return String.format("%.1f MB", bytes / 1024.0 / 1024.0);
        }
        return bytes >= 1024 ? String.format("%d KB", Math.round(bytes / 1024.0)) : bytes + " B";
    }

    /** The file the withdraw dialog is opened for. */
    public void pick(long attachmentId) {
        target = attachmentId;
    }

    public String getWithdrawReason() {
        return withdrawReason;
    }

    public void setWithdrawReason(String withdrawReason) {
        this.withdrawReason = withdrawReason;
    }
}
