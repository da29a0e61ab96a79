package gapwatch.claims;

import gapwatch.article.ModelResource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The English OpenNLP models (UD English-EWT: sentences, tokens, POS, lemmas) from the Maven
 * Central model jars, loaded once and checked against pinned SHA-256 digests. Never the
 * constructors that download models. Thread-safe: models are shared; the {@code *ME} classes, which
 * are not thread-safe, are kept one per thread.
 */
public final class NlpModels {

  private final SentenceModel sentenceModel;
  private final TokenizerModel tokenizerModel;
  private final POSModel posModel;
  private final LemmatizerModel lemmatizerModel;

  private final ThreadLocal<SentenceDetectorME> sentences;
  private final ThreadLocal<TokenizerME> tokenizers;
  private final ThreadLocal<POSTaggerME> taggers;
  private final ThreadLocal<LemmatizerME> lemmatizers;

  public NlpModels() {
    try {
      sentenceModel =
          new SentenceModel(
              load(
                  "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin",
                  "4de58d12b09421003c8b1ba13e8b58ec533b28e1f22a65272119dc0993d333e8"));
      tokenizerModel =
          new TokenizerModel(
              load(
                  "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin",
                  "95139111197ba9f1165fc12be8d4cbac05ea3912f995d167efa1a0e04e3e649a"));
      posModel =
          new POSModel(
              load(
                  "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin",
                  "510b89087e7ef7ffb8c50c63e3e999122404ac9fa64790dfa93b38d1938c52ce"));
      lemmatizerModel =
          new LemmatizerModel(
              load(
                  "opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin",
                  "711ad051faba79865c5f9fc5b8c455d6ad8e6d3e8b92f42142af1ef0bc7b3a96"));
    } catch (IOException e) {
      throw new UncheckedIOException("an OpenNLP model is corrupt", e);
    }
    sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
    tokenizers = ThreadLocal.withInitial(() -> new TokenizerME(tokenizerModel));
    taggers = ThreadLocal.withInitial(() -> new POSTaggerME(posModel));
    lemmatizers = ThreadLocal.withInitial(() -> new LemmatizerME(lemmatizerModel));
  }

  private static ByteArrayInputStream load(String name, String sha256) {
    return new ByteArrayInputStream(ModelResource.read(name, sha256));
  }

  SentenceDetectorME sentenceDetector() {
    return sentences.get();
  }

  TokenizerME tokenizer() {
    return tokenizers.get();
  }

  POSTaggerME tagger() {
    return taggers.get();
  }

  LemmatizerME lemmatizer() {
    return lemmatizers.get();
  }
}
