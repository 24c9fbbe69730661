package org.triangulate.text;

import java.util.List;

/** Word shingles (k consecutive tokens) as stable 64-bit hashes, for near-duplicate detection. */
public final class Shingles {
    private Shingles() {
    }

    /**
     * Hashes of every k-token window of {@code tokens} (one hash for a text shorter than k, none when empty).
     * The hash is a fixed function of the tokens' characters, so it is the same in every run and JVM.
     */
    public static long[] hashes(List<String> tokens, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be >= 1, got " + k);
        }
        if (tokens.isEmpty()) {
            return new long[0];
        }
        long[] tokenHashes = new long[tokens.size()];
        for (int i = 0; i < tokenHashes.length; i++) {
            tokenHashes[i] = hash(tokens.get(i));
        }
        int count = Math.max(1, tokens.size() - k + 1);
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(i + k, tokenHashes.length); j++) {
                h = mix(h * 31 + tokenHashes[j]);
            }
            out[i] = h;
        }
        return out;
    }

    /** A stable 64-bit hash of a string (FNV-1a, then a finaliser). */
    public static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The 64-bit finaliser of MurmurHash3: spreads bits so that sampling by low bits is fair. */
    public static long mix(long z) {
        z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
        z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
        return z ^ (z >>> 33);
    }
}
