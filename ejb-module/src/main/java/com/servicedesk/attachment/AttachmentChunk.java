package com.servicedesk.attachment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One fixed-size piece of a file's bytes, in order; written once, read one at a time. */
@Entity
@IdClass(AttachmentChunk.Key.class)
@Table(name = "attachment_chunk")
public class AttachmentChunk {

    /** The chunk's key: its file and its place. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long attachmentId;
        private Integer seq;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(attachmentId, k.attachmentId)
                    && java.util.Objects.equals(seq, k.seq);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(attachmentId, seq);
        }
    }

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Id
    @Column(name = "seq")
    private Integer seq;

    @Column(nullable = false, updatable = false)
    private byte[] data;

    protected AttachmentChunk() {
    }

    AttachmentChunk(long attachmentId, int seq, byte[] data) {
        this.attachmentId = attachmentId;
        this.seq = seq;
        this.data = data;
    }
}
