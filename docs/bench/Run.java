import picocli.CommandLine;

/**
 * Runs one of Carato's command classes by name, as {@code carato NAME ARGS…} will once it is
 * registered in CaratoCommand, or writes a file of synthetic fresh stones (test classes needed):
 *
 * <pre>
 * java -cp target/carato.jar docs/bench/Run.java retrain --models DIR --data FILE
 * java -cp target/carato.jar:target/test-classes docs/bench/Run.java fresh FILE N SEED
 * </pre>
 */
public class Run {
    public static void main(String[] args) throws Exception {
        if (args[0].equals("fresh")) {
            Class.forName("com.carato.service.FreshStones").getMethod("write", java.nio.file.Path.class, int.class,
                    long.class).invoke(null, java.nio.file.Path.of(args[1]), Integer.parseInt(args[2]),
                    Long.parseLong(args[3]));
            return;
        }
        String name = switch (args[0]) {
            case "retrain" -> "RetrainCommand";
            case "models" -> "ModelsCommand";
            case "watch" -> "WatchCommand";
            default -> throw new IllegalArgumentException("retrain, models, watch or fresh");
        };
        CommandLine cli = new CommandLine(Class.forName("com.carato.cli." + name));
        System.exit(cli.execute(java.util.Arrays.copyOfRange(args, 1, args.length)));
    }
}
