import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;

/**
 * A real HDFS for StandaloneClusterIT: a namenode and a datanode in this one JVM (Hadoop's
 * MiniDFSCluster, from the hadoop-client-minicluster jar) on this machine and the given port, storing its
 * blocks under the given folder. Prints its URI once it serves, then runs until killed. Run as a
 * single-file program ({@code java -cp <Spark's jars>:<minicluster jar> MiniHdfs.java DIR PORT}), so
 * nothing of it reaches the tests' own classpath.
 */
public final class MiniHdfs {
  public static void main(String[] args) throws Exception {
    Configuration conf = new Configuration();
    conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, Path.of(args[0]).toAbsolutePath().toString());
    MiniDFSCluster cluster = new MiniDFSCluster.Builder(conf)
        .nameNodePort(Integer.parseInt(args[1])).numDataNodes(1).build();
    cluster.waitActive();
    System.out.println("HDFS serving at " + cluster.getFileSystem().getUri());
    Thread.sleep(Long.MAX_VALUE);
  }
}
