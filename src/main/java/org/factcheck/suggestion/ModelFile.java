package org.factcheck.suggestion;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The stored form of a set of models: gzip of, per model, its language, bucket count, threshold, the n-gram weights
 * quantised to one byte each (one scale per model) and the cue weights as floats. About 100 KB per language.
 */
final class ModelFile {

    private static final int MAGIC = 0x43574D31; // "CWM1"

    private ModelFile() {
    }

    static byte[] write(List<LinearModel> models) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeInt(MAGIC);
            out.writeInt(models.size());
            for (LinearModel m : models) {
                out.writeUTF(m.language());
                out.writeInt(m.buckets());
                out.writeFloat(m.threshold());
                out.writeFloat(m.cueWeight());
                float max = 0;
                for (int i = 0; i < m.buckets(); i++) {
                    max = Math.max(max, Math.abs(m.weights()[i]));
                }
                float scale = max == 0 ? 1 : max / 127;
                out.writeFloat(scale);
                for (int i = 0; i < m.buckets(); i++) {
                    out.writeByte(Math.round(m.weights()[i] / scale));
                }
                out.writeInt(m.weights().length - m.buckets());
                for (int i = m.buckets(); i < m.weights().length; i++) {
                    out.writeFloat(m.weights()[i]);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    static List<LinearModel> read(byte[] data) {
        try (InputStream raw = new ByteArrayInputStream(data)) {
            return read(raw);
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable check-worthiness model", e);
        }
    }

    static List<LinearModel> read(InputStream raw) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(raw))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("Not a check-worthiness model");
            }
            int count = in.readInt();
            List<LinearModel> models = new ArrayList<>(count);
            for (int k = 0; k < count; k++) {
                String language = in.readUTF();
                int buckets = in.readInt();
                float threshold = in.readFloat();
                float cueWeight = in.readFloat();
                float scale = in.readFloat();
                byte[] quantised = new byte[buckets];
                in.readFully(quantised);
                int cues = in.readInt();
                if (cues != TextCues.ABSTRACT_FEATURES) {
                    throw new IOException("Model made for " + cues + " cues, this version has "
                            + TextCues.ABSTRACT_FEATURES);
                }
                float[] weights = new float[buckets + cues];
                for (int i = 0; i < buckets; i++) {
                    weights[i] = quantised[i] * scale;
                }
                for (int i = 0; i < cues; i++) {
                    weights[buckets + i] = in.readFloat();
                }
                models.add(new LinearModel(language, buckets, weights, threshold, cueWeight));
            }
            return models;
        }
    }

    /** Round-trips through the stored form, so what is measured is what is shipped. */
    static List<LinearModel> asStored(List<LinearModel> models) {
        return read(write(models));
    }
}
