package org.factcheck.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A paragraph: one non-empty line of the article text, in code points. */
@Embeddable
public class ParagraphSpan {

    @Column(name = "start_cp")
    public int start;

    @Column(name = "end_cp")
    public int end;

    public ParagraphSpan() {
    }

    public ParagraphSpan(int start, int end) {
        this.start = start;
        this.end = end;
    }
}
