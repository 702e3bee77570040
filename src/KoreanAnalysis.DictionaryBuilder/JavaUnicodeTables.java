public class JavaUnicodeTables {
  public static void main(String[] a) {
    StringBuilder sb = new StringBuilder("#first\tlast\tjavaType\tscript\n");
    int start = 0;
    for (int c = 1; c <= 0x10000; c++) {
      if (c == 0x10000 || Character.getType(c) != Character.getType(start) || Character.UnicodeScript.of(c) != Character.UnicodeScript.of(start)) {
        sb.append(String.format("%04X\t%04X\t%d\t%s%n", start, c - 1, Character.getType(start), Character.UnicodeScript.of(start).name()));
        start = c;
      }
    }
    System.out.print(sb);
  }
}
