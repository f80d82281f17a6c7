package io.skein.resp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits an inline command line into arguments the way Redis's {@code sdssplitargs} does, so that
 * whatever a user types into telnet means the same here as in redis-server.
 *
 * <ul>
 *   <li>Blanks ({@code isspace}: space, \t, \n, \v, \f, \r) separate arguments; an unquoted
 *       argument ends only at space, \t, \n or \r (so \v and \f inside it are kept).
 *   <li>{@code "double quotes"} understand \n \r \t \b \a, {@code \xHH} and a backslash before
 *       any other character (which stands for itself).
 *   <li>{@code 'single quotes'} understand only {@code \'}.
 *   <li>A closing quote must be followed by a blank or the end of the line, and every quote
 *       must be closed; otherwise the line is malformed ({@code null}).
 *   <li>A quote may open in the middle of an argument: {@code a"b c"} is the one argument
 *       {@code ab c}; the closing quote must still end it.
 * </ul>
 *
 * <p>One deliberate difference: Redis works on C strings and silently drops everything after a
 * NUL byte; here NUL is an ordinary byte.
 */
final class InlineSplitter {

  private static final byte[][] NO_ARGUMENTS = new byte[0][];

  private InlineSplitter() {}

  /** The arguments of {@code line} (without its line terminator), or null if quotes are unbalanced. */
  static byte[][] split(byte[] line) {
    List<byte[]> args = null;
    Token token = new Token(Math.min(line.length, 64));
    int p = 0;
    int n = line.length;
    while (true) {
      while (p < n && isSpace(line[p])) {
        p++;
      }
      if (p == n) {
        return args == null ? NO_ARGUMENTS : args.toArray(NO_ARGUMENTS);
      }
      p = readToken(line, p, token);
      if (p < 0) {
        return null;
      }
      if (args == null) {
        args = new ArrayList<>(4);
      }
      args.add(token.take());
    }
  }

  /** Reads one argument starting at {@code p}; returns the index after it, or -1 if malformed. */
  private static int readToken(byte[] s, int p, Token token) {
    int n = s.length;
    boolean inDouble = false;
    boolean inSingle = false;
    while (true) {
      if (inDouble || inSingle) {
        if (p == n) {
          return -1; // unterminated quotes
        }
        byte c = s[p];
        if (inDouble && c == '\\' && p + 3 < n && s[p + 1] == 'x'
            && isHex(s[p + 2]) && isHex(s[p + 3])) {
          token.add((byte) (hexValue(s[p + 2]) * 16 + hexValue(s[p + 3])));
          p += 3;
        } else if (inDouble && c == '\\' && p + 1 < n) {
          p++;
          token.add(unescape(s[p]));
        } else if (inSingle && c == '\\' && p + 1 < n && s[p + 1] == '\'') {
          p++;
          token.add((byte) '\'');
        } else if ((inDouble && c == '"') || (inSingle && c == '\'')) {
          // Redis insists the closing quote ends the argument.
          if (p + 1 < n && !isSpace(s[p + 1])) {
            return -1;
          }
          return p + 1;
        } else {
          token.add(c);
        }
      } else {
        if (p == n) {
          return p;
        }
        byte c = s[p];
        switch (c) {
          case ' ', '\n', '\r', '\t':
            return p + 1;
          case '"':
            inDouble = true;
            break;
          case '\'':
            inSingle = true;
            break;
          default:
            token.add(c);
        }
      }
      p++;
    }
  }

  private static byte unescape(byte c) {
    switch (c) {
      case 'n': return '\n';
      case 'r': return '\r';
      case 't': return '\t';
      case 'b': return '\b';
      case 'a': return 7;
      default: return c;
    }
  }

  /** C's {@code isspace} in the C locale. */
  static boolean isSpace(byte c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
  }

  private static boolean isHex(byte c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static int hexValue(byte c) {
    if (c <= '9') {
      return c - '0';
    }
    return (c | 0x20) - 'a' + 10;
  }

  /** A growable byte array reused across the arguments of one line. */
  private static final class Token {
    private byte[] bytes;
    private int length;

    Token(int capacity) {
      bytes = new byte[Math.max(capacity, 8)];
    }

    void add(byte b) {
      if (length == bytes.length) {
        bytes = Arrays.copyOf(bytes, length * 2);
      }
      bytes[length++] = b;
    }

    byte[] take() {
      byte[] out = Arrays.copyOf(bytes, length);
      length = 0;
      return out;
    }
  }
}
