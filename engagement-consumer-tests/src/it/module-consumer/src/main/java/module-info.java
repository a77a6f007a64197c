/** A consumer of the Engagement SDK as a named module: every SDK module on the module path. */
module org.example.consumer.jpms {
  requires org.engagement.core;
  requires org.engagement.measures;
  requires org.engagement.json;
}
