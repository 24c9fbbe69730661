/**
 * Small, dependency-free text utilities shared by the stages: folding ({@link org.triangulate.text.TextFolding}),
 * word tokens ({@link org.triangulate.text.Tokenizer}), English stop words, a light stemmer, word shingles with
 * stable 64-bit hashes, and capitalised-phrase named-entity mentions. All classes are stateless.
 */
package org.triangulate.text;
