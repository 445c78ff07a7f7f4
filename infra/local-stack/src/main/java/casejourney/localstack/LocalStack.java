package casejourney.localstack;

/** Placeholder. */
public final class LocalStack {
  public static void main(String[] args) {}
}
